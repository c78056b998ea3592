# A customer's orders with their products through ActiveRecord, then a write, and ActiveRecord's
# own count of the queries the request ran.
#
# usage: ruby activerecord_shop.rb LOADING CUSTOMER_ID COUNTS_FILE
#   LOADING  n_plus_one: `order.product` queried per order; includes: `includes(:product)`, the
#            products preloaded in one IN query.
#
# The count is what a Rails developer counts as the request's queries: every "sql.active_record"
# notification except those ActiveRecord itself marks as not the application's — name "SCHEMA"
# (the schema cache filled from sqlite_master and PRAGMA table_info, and the connection's
# PRAGMA foreign_keys), name "TRANSACTION" (begin/commit around the save), and cached results
# (no statement ran) — the same exclusions as Rails' own query counter (`assert_queries_count`).
# The one unnamed statement ActiveRecord's SQLite adapter runs on connecting, its version probe
# `SELECT sqlite_version(*)`, is left out too: it is connection set-up, run once per connection
# whatever the request does, as the PRAGMAs a driver runs on connect are.
require "active_record"
require "json"

loading, customer_id, counts_file = ARGV[0], Integer(ARGV[1]), ARGV[2]
counted = { queries: 0, product_lookups: 0 }
ActiveSupport::Notifications.subscribe("sql.active_record") do |*, payload|
  next if %w[SCHEMA TRANSACTION].include?(payload[:name]) || payload[:cached]
  next if payload[:sql].start_with?("SELECT sqlite_version(*)")
  counted[:queries] += 1
  counted[:product_lookups] += 1 if payload[:sql].include?('FROM "products"') && !payload[:sql].include?('"orders"')
end

ActiveRecord::Base.establish_connection(adapter: "sqlite3", database: ENV.fetch("HUNDREDFOLD_DB"))

class Customer < ActiveRecord::Base; end
class Product < ActiveRecord::Base; end
class Order < ActiveRecord::Base
  belongs_to :product
end

orders = Order.where(customer_id: customer_id).order(:id)
case loading
when "includes" then orders = orders.includes(:product)
when "n_plus_one" then nil
else abort "unknown loading #{loading}"
end
names = orders.map { |order| order.product.name }
customer = Customer.find(customer_id)
customer.update!(name: customer.name + "!")

File.open(counts_file, "a") do |out|
  out.puts JSON.generate(
    scale: Integer(ENV.fetch("HUNDREDFOLD_SCALE")), queries: counted[:queries], calls: counted[:queries],
    instrumentation: 0, loop: loading == "n_plus_one" ? counted[:product_lookups] : 0)
end
puts "#{names.size} orders, #{counted[:queries]} queries"
