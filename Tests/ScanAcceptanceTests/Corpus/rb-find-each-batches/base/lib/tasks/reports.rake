namespace :reports do
  desc "Print the number of orders"
  task count: :environment do
    puts Order.count
  end
end
