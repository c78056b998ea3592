class DigestsController < ApplicationController
  def index
    render json: { daily: Digest.for_period("daily")&.id }
  end
end
