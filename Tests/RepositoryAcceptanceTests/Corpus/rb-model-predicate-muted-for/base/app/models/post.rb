class Post < ApplicationRecord
  belongs_to :author, class_name: "User"
  has_many :mutes, dependent: :delete_all

  def muted_for?(user)
    Mute.find_by(user_id: user.id, post_id: id).present?
  end
end
