class Post < ApplicationRecord
  belongs_to :author, class_name: "User"

  def hidden_for?(muted_author_ids)
    muted_author_ids.include?(author_id)
  end
end
