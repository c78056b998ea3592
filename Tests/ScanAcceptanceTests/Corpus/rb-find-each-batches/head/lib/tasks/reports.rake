namespace :reports do
  desc "Print the number of orders"
  task count: :environment do
    puts Order.count
  end

  desc "Sum pending orders by currency"
  task pending: :environment do
    totals = Hash.new(0)
    Order.where(status: "pending").find_each(batch_size: 500) do |order|
      totals[order.currency] += order.amount_cents
    end
    totals.each { |currency, cents| puts format("%s %.2f", currency, cents / 100.0) }
  end
end
