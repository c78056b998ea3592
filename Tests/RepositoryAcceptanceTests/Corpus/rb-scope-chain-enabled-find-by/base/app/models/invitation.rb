class Invitation < ApplicationRecord
  belongs_to :account, optional: true
end
