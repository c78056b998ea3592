class PreferencesController < ApplicationController
  def show
    render json: { theme: current_user.theme }
  end
end
