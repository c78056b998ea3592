class PreferencesController < ApplicationController
  def show
    render json: { theme: current_user.theme }
  end

  def preview
    previews = params[:themes].map do |name|
      theme = Theme.find_by(name: name)
      theme ? theme.colors : {}
    end
    render json: previews
  end
end
