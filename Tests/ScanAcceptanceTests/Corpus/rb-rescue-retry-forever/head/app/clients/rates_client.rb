require "net/http"
require "json"

class RatesClient
  RATES_URL = URI("https://rates.example.com/v1/latest")

  def latest
    response = Net::HTTP.get_response(RATES_URL)
    JSON.parse(response.body).fetch("rates")
  rescue Net::OpenTimeout, Net::ReadTimeout
    Rails.logger.warn("rates timed out, retrying")
    retry
  end
end
