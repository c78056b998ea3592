require "net/http"
require "json"

class SlackNotifier
  def initialize(webhook_url)
    @uri = URI(webhook_url)
  end

  def post_message(text)
    Net::HTTP.post(@uri, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
