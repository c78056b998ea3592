class Project < ApplicationRecord
  has_many :issues
  scope :active, -> { where(status: 1) }
end
