class Journal < ApplicationRecord
  belongs_to :issue
  belongs_to :user
  has_many :details, class_name: "JournalDetail", dependent: :delete_all
end
