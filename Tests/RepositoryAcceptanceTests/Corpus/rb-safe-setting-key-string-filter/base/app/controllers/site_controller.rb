class SiteController < ApplicationController
  def show
    render json: { name: "Forum" }
  end
end
