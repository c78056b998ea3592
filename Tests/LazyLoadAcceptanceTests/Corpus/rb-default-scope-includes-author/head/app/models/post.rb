class Post < ApplicationRecord
  belongs_to :author, class_name: "User"
  has_many :comments, dependent: :destroy

  default_scope { includes(:author) }
  scope :published, -> { where(published: true) }
end
