class BookmarkImportsController < ApplicationController
  ALLOWED = %w[Article Podcast].freeze

  def create
    found = params[:items].filter_map do |item|
      next unless ALLOWED.include?(item[:type])
      klass = item[:type].constantize
      klass.find_by(id: item[:id])
    end
    render json: { found: found.size }
  end
end
