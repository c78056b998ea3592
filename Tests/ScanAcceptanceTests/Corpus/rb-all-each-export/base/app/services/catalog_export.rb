require "csv"

class CatalogExport
  HEADERS = %w[sku name price].freeze
end
