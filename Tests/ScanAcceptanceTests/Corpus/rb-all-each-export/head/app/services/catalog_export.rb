require "csv"

class CatalogExport
  HEADERS = %w[sku name price].freeze

  def to_csv
    CSV.generate do |csv|
      csv << HEADERS
      Product.all.each do |product|
        csv << [product.sku, product.name, format("%.2f", product.price_cents / 100.0)]
      end
    end
  end
end
