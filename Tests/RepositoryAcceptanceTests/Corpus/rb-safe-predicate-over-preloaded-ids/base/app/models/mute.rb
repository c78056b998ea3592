class Mute < ApplicationRecord
  belongs_to :user
end
