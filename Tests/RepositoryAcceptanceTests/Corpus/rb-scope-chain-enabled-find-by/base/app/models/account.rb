class Account < ApplicationRecord
  scope :enabled, -> { where(disabled_at: nil) }
  has_many :invitations
end
