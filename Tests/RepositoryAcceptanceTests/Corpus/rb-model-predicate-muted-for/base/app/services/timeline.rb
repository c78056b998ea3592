class Timeline
  def initialize(user)
    @user = user
  end

  def posts(page)
    Post.order(created_at: :desc).page(page).per(25).to_a
  end
end
