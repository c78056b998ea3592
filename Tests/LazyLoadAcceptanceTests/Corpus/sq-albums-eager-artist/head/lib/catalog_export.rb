require "csv"

class CatalogExport
  def to_csv
    CSV.generate do |csv|
      csv << %w[id title artist]
      Album.where(released: true).order(:title).eager(:artist).all.each do |album|
        csv << [album.id, album.title, album.artist.name]
      end
    end
  end
end
