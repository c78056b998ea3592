class Timeline
  def initialize(user)
    @user = user
  end

  def posts(page)
    muted = Mute.where(user_id: @user.id).pluck(:muted_user_id).to_set
    visible = []
    Post.order(created_at: :desc).page(page).per(25).each do |post|
      next if post.hidden_for?(muted)
      visible << post
    end
    visible
  end
end
