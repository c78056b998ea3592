class Issue < ApplicationRecord
  belongs_to :project
  scope :open, -> { where(closed_on: nil) }
end
