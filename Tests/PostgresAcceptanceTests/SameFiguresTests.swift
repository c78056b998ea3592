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
        "items-of-order", "items-with-sku",
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

    /// Same values and same parameters: a picked SKU's text is found once on both engines (2
    /// queries), and the shipped orders over 100 of a picked customer, with their line items, run
    /// the same repeated statements the same number of times; rows returned match where
    /// PostgreSQL measures them.
    @Test func theGeneratedValuesAndParametersAreTheSame() throws {
        let onPostgres = try #require(postgres.report, "no PostgreSQL report\n\(postgres.run.log)")
        let onSQLite = try #require(sqlite.report, "no SQLite report\n\(sqlite.run.log)")
        for scale in [1, 10, 100] {
            for (engine, report) in [("sqlite", onSQLite), ("postgres", onPostgres)] {
                let queries = report.queries("items-with-sku", scale)
                #expect(
                    queries.mean == 2 && queries.max == 2,
                    "items-with-sku on \(engine) at \(scale)x: \(queries)")
            }
            let name = "shipped-orders-of-customer"
            let pRepeats = onPostgres.repeated(name, scale).map(\.count).sorted()
            let sRepeats = onSQLite.repeated(name, scale).map(\.count).sorted()
            #expect(
                pRepeats == sRepeats,
                "\(name) at \(scale)x repeated statement counts: postgres \(pRepeats), sqlite \(sRepeats)")
            for scenario in names {
                let pScale = onPostgres.scale(scenario, scale)
                guard !(pScale?["unmeasured"] as? [String] ?? []).contains("rows_returned_per_request") else {
                    continue
                }
                let p = number(pScale?["rows_returned_per_request"])
                let s = number(onSQLite.scale(scenario, scale)?["rows_returned_per_request"])
                #expect(
                    s != nil && p == s,
                    "\(scenario) at \(scale)x rows returned: postgres \(p.map { "\($0)" } ?? "absent"), sqlite \(s.map { "\($0)" } ?? "absent")"
                )
            }
        }
        // Not vacuous: the generated values make the count vary with the scale.
        let atOne = onSQLite.queries("shipped-orders-of-customer", 1).mean ?? 0
        let atHundred = onSQLite.queries("shipped-orders-of-customer", 100).mean ?? 0
        #expect(
            atHundred > atOne + 5,
            "shipped-orders-of-customer on sqlite: \(atOne) at 1x, \(atHundred) at 100x")
    }
}
