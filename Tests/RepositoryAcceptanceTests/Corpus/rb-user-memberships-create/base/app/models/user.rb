class User < ApplicationRecord
  has_many :memberships, dependent: :destroy
  has_many :projects, through: :memberships
end
