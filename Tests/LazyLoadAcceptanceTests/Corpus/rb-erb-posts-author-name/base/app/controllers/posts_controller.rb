class PostsController < ApplicationController
  def index
    @posts = Post.published.order(created_at: :desc).limit(50)
  end
end
