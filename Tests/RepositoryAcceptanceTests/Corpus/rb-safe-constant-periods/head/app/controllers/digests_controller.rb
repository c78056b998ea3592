class DigestsController < ApplicationController
  PERIODS = %w[daily weekly monthly].freeze

  def index
    latest = {}
    PERIODS.each do |period|
      latest[period] = Digest.for_period(period)&.id
    end
    render json: latest
  end
end
