class StreakBadgeJob < ApplicationJob
  def perform(user_ids)
    Rails.logger.info("streak candidates: #{user_ids.size}")
  end
end
