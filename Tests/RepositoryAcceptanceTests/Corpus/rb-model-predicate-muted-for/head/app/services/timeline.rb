class Timeline
  def initialize(user)
    @user = user
  end

  def posts(page)
    visible = []
    Post.order(created_at: :desc).page(page).per(25).each do |post|
      next if post.muted_for?(@user)
      visible << post
    end
    visible
  end
end
