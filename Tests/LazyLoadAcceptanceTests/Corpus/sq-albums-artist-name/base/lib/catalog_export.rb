require "csv"

class CatalogExport
  def to_csv
    CSV.generate do |csv|
      csv << %w[id title]
      Album.where(released: true).order(:title).each do |album|
        csv << [album.id, album.title]
      end
    end
  end
end
