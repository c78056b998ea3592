import Foundation
import Testing

private let activeRecordInstalled = runs("ruby", ["-e", "require 'active_record'; require 'sqlite3'"])

/// ActiveRecord (Fixtures/FrameworkCounts/activerecord_shop.rb, which says what a Rails developer
/// counts): the traced `queries_per_request` equals the "sql.active_record" notifications that are
/// not SCHEMA, TRANSACTION, cached, or the adapter's `SELECT sqlite_version(*)` on connect — for
/// the N+1 (`order.product` per order) and `includes(:product)`. Every process starts with a cold
/// schema cache: PRAGMA table_info and sqlite_master reads per model (schema_introspection, 13 in
/// every request here), and the save runs in begin/commit (transaction).
@Suite(
    .enabled(
        if: activeRecordInstalled,
        "ActiveRecord is not installed: `apt-get install ruby-activerecord ruby-sqlite3` enables these tests (.ci/run does)"
    ))
struct ActiveRecordCountTests {
    @Test("ActiveRecord's own count, N+1 and includes", arguments: ["n_plus_one", "includes"])
    func queriesEqualActiveRecordsCount(_ loading: String) throws {
        let run = try FrameworkRun(
            name: "activerecord-\(loading)".replacingOccurrences(of: "_", with: "-"),
            command: "ruby activerecord_shop.rb \(loading) {customer_id} {counts}")
        let nPlusOne = loading == "n_plus_one"
        run.check(
            CountExpectation(
                classes: [
                    .transaction: .exactly(2),
                    .schemaIntrospection: .atLeast(13),
                    .connectionSetup: .atLeast(1),
                    .instrumentation: .zero,
                ],
                repeated: nPlusOne ? .topIs(.productLookup) : .none,
                queriesGrowth: nPlusOne ? "linear" : "constant"))
    }
}
