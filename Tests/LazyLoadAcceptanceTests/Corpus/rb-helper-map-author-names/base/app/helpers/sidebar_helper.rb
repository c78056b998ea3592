module SidebarHelper
  def recent_bylines
    Post.published.order(created_at: :desc).limit(20).map do |post|
      post.title
    end
  end
end
