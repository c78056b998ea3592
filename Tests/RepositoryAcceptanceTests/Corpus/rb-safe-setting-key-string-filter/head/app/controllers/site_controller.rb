class SiteController < ApplicationController
  def show
    setting = Setting.where("key = ?", "site_name").first
    render json: { name: setting&.value || "Forum" }
  end
end
