class BookmarkImportsController < ApplicationController
  ALLOWED = %w[Article Podcast].freeze

  def create
    head :accepted
  end
end
