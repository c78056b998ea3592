class BadgeAwarder
  def initialize(badge)
    @badge = badge
  end

  def award(user, reason:)
    UserBadge.create!(user: user, badge: @badge, reason: reason)
  end
end
