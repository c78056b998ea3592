module Loyalty
  class AwardPoints
    POINTS_PER_EURO = 10

    def call(order_ids)
      orders = Order.where(id: order_ids).to_a
      accounts = LoyaltyAccount.where(customer_id: orders.map(&:customer_id)).index_by(&:customer_id)
      now = Time.current

      entries = orders.filter_map do |order|
        account = accounts[order.customer_id]
        next unless account

        { loyalty_account_id: account.id, order_id: order.id,
          points: (order.total_cents / 100) * POINTS_PER_EURO, created_at: now, updated_at: now }
      end
      LoyaltyEntry.insert_all(entries) if entries.any?
      entries.size
    end

    def self.expire_old!
      LoyaltyEntry.where("created_at < ?", 2.years.ago).in_batches(of: 1_000) do |batch|
        batch.update_all(expired: true)
      end
    end
  end
end
