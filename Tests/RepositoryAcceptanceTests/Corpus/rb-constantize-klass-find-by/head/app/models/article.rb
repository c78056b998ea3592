class Article < ApplicationRecord
  has_many :bookmarks, as: :bookmarkable
end
