require "net/http"
require "json"

class RatesClient
  RATES_URL = URI("https://rates.example.com/v1/latest")
end
