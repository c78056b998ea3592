class StreakBadgeJob < ApplicationJob
  def perform(user_ids)
    awarder = BadgeAwarder.new(Badge.find_by!(slug: "streak-30"))
    User.where(id: user_ids).limit(1000).each do |user|
      awarder.award(user, reason: "30 day streak")
    end
  end
end
