import Foundation
import Testing

/// The same scenario on both engines: same generator, same seed, same values, same parameters, so
/// the figures that do not depend on the engine's internals are equal exactly.
@Suite(.enabled(if: PostgresBinaries.available, PostgresBinaries.skipMessage))
struct SameFiguresTests {
    let postgres = ShopRun.postgres
    let sqlite = ShopRun.sqlite
    let names = [
        "order-list-n-plus-one", "order-list-joined", "shipped-orders-of-customer", "items-by-sku",
        "items-of-order",
    ]

    @Test func queriesPerRequestAreEqualOnBothEngines() throws {
        let onPostgres = try #require(postgres.report, "no PostgreSQL report\n\(postgres.run.log)")
        let onSQLite = try #require(sqlite.report, "no SQLite report\n\(sqlite.run.log)")
        #expect(
            onSQLite.engine == nil || onSQLite.engine == "sqlite", "default engine: \(onSQLite.engine ?? "")")
        for name in names {
            for scale in [1, 10, 100] {
                let p = onPostgres.queries(name, scale)
                let s = onSQLite.queries(name, scale)
                #expect(
                    s.mean != nil && p.mean == s.mean && p.max == s.max,
                    "\(name) at \(scale)x: postgres \(p), sqlite \(s)")
            }
            #expect(
                onPostgres.growthClass(name, "queries_per_request")
                    == onSQLite.growthClass(name, "queries_per_request"),
                "\(name): growth class differs")
        }
    }

    /// The shipped orders of a picked customer, and each one's line items: how many rows come back
    /// depends on the generated `status`, `customer_id` and `order_id` values and on the picked
    /// customers, so equal counts mean equal data and equal parameters.
    @Test func theGeneratedValuesAndParametersAreTheSame() throws {
        let onPostgres = try #require(postgres.report, "no PostgreSQL report\n\(postgres.run.log)")
        let onSQLite = try #require(sqlite.report, "no SQLite report\n\(sqlite.run.log)")
        let name = "shipped-orders-of-customer"
        for scale in [1, 10, 100] {
            let p = onPostgres.scale(name, scale)?["rows_returned_per_request"]
            let s = onSQLite.scale(name, scale)?["rows_returned_per_request"]
            #expect(
                number(s) != nil && number(p) == number(s),
                "\(name) at \(scale)x rows returned: postgres \(p ?? "absent"), sqlite \(s ?? "absent")")
            let pRepeats = onPostgres.repeated(name, scale).map(\.count).sorted()
            let sRepeats = onSQLite.repeated(name, scale).map(\.count).sorted()
            #expect(
                pRepeats == sRepeats,
                "\(name) at \(scale)x repeated statement counts: postgres \(pRepeats), sqlite \(sRepeats)")
        }
        // Not vacuous: the data makes the count vary with the scale.
        #expect((onSQLite.queries(name, 100).mean ?? 0) > (onSQLite.queries(name, 1).mean ?? 0) + 10)
        // A picked SKU exists in PostgreSQL's data too: exactly the rows SQLite returns.
        for scale in [1, 10, 100] {
            let p = number(onPostgres.scale("items-by-sku", scale)?["rows_returned_per_request"])
            let s = number(onSQLite.scale("items-by-sku", scale)?["rows_returned_per_request"])
            #expect(
                s != nil && s! >= 1 && p == s,
                "items-by-sku at \(scale)x rows returned: postgres \(p.map { "\($0)" } ?? "absent"), sqlite \(s.map { "\($0)" } ?? "absent")"
            )
        }
    }
}
