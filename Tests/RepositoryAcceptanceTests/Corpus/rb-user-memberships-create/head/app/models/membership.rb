class Membership < ApplicationRecord
  belongs_to :user
  belongs_to :project
  validates :role, inclusion: { in: %w[owner developer reporter] }
end
