# Books and their authors through ActiveRecord: the N+1 of `book.author` per book, and the same
# page with `includes(:author)`.
#
# Usage: ruby activerecord_shop.rb n_plus_one|includes   (database: $HUNDREDFOLD_DB with tables
# authors and books; needs Debian's ruby-activerecord and ruby-sqlite3, see .ci/run)
#
# Prints ActiveRecord's own count of the queries it ran, as Rails' own test suite counts them: its
# `sql.active_record` events, less the ones it names SCHEMA (schema reads) or TRANSACTION, the ones
# answered from its query cache, and the adapter's `SELECT sqlite_version(*)` on connect.
# With $HUNDREDFOLD_COUNTS set the count is also appended to that file, one line per run.
require "active_record"

ActiveRecord::Base.establish_connection(adapter: "sqlite3", database: ENV.fetch("HUNDREDFOLD_DB"))

class Author < ActiveRecord::Base
  has_many :books
end

class Book < ActiveRecord::Base
  belongs_to :author
end

count = 0
ActiveSupport::Notifications.subscribe("sql.active_record") do |*, payload|
  next if %w[SCHEMA TRANSACTION].include?(payload[:name]) || payload[:cached]
  count += 1 unless payload[:sql].start_with?("SELECT sqlite_version(*)")
end
books = ARGV[0] == "includes" ? Book.includes(:author).order(:id) : Book.order(:id)
listed = books.map { |book| [book.id, book.author.name] }
puts({ books: listed.size, queries: count }.to_json)
File.open(ENV["HUNDREDFOLD_COUNTS"], "a") { |file| file.puts(count) } if ENV["HUNDREDFOLD_COUNTS"]
