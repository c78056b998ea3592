module PerfHelp
  BAD = <<~RUBY
    @orders.each do |order|
      LineItem.where(order_id: order.id).sum(:amount_cents)
    end
  RUBY

=begin
  users.each { |u| Rails.cache.read("u:#{u.id}"); User.find(u.id) }
=end

  # orders.each { |o| Shipment.find_by(order_id: o.id) }
  def self.example
    "Order.all.each { |o| o.update!(seen: true) }"
  end
end
