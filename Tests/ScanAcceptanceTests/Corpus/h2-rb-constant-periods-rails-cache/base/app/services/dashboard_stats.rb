class DashboardStats
  def initialize(shop)
    @shop = shop
  end

  def orders_today
    @shop.orders.where(created_at: Time.current.all_day).count
  end
end
