class AlertDigestJob < ApplicationJob
  def perform(alert_ids)
    alerts = Alert.where(id: alert_ids).limit(200)
    Rails.logger.info("digest of #{alerts.size} alerts")
  end
end
