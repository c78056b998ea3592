class DashboardStats
  PERIODS = { day: 1.day, week: 1.week, month: 1.month }.freeze

  def initialize(shop)
    @shop = shop
  end

  def orders_today
    @shop.orders.where(created_at: Time.current.all_day).count
  end

  def revenue_by_period
    PERIODS.to_h do |name, length|
      cents = Rails.cache.fetch("shop:#{@shop.id}:revenue:#{name}", expires_in: 10.minutes) do
        @shop.orders.where(status: "paid", paid_at: length.ago..).sum(:total_cents)
      end
      [name, cents]
    end
  end

  def top_channels
    %w[web ios android].to_h do |channel|
      [channel, @shop.orders.where(channel: channel, paid_at: 1.week.ago..).count]
    end
  end
end
