class AlertDigestJob < ApplicationJob
  def perform(alert_ids)
    notifier = SlackNotifier.new(ENV.fetch("SLACK_WEBHOOK_URL"))
    alerts = Alert.where(id: alert_ids).limit(200)
    alerts.each do |alert|
      notifier.post_message("#{alert.severity}: #{alert.title}")
    end
  end
end
