import Foundation
import Testing

private let sqlalchemyInstalled = runs("python3", ["-c", "import sqlalchemy"])

/// SQLAlchemy (Fixtures/FrameworkCounts/sqlalchemy_shop.py, sqlalchemy_bulk.py): the traced
/// `queries_per_request` equals what a `before_cursor_execute` listener counts, for lazy loading
/// (one product query per product not yet in the session), `selectinload` (one IN query), and a
/// Core executemany (one event with N parameter sets: N statements, one round trip).
/// The pysqlite dialect reads `PRAGMA read_uncommitted` on the first connect (connection_setup)
/// and the driver wraps the ORM request's rename in BEGIN ... COMMIT (transaction).
@Suite(
    .enabled(
        if: sqlalchemyInstalled,
        "SQLAlchemy is not installed: `python3 -m pip install --break-system-packages sqlalchemy==2.1.9` enables these tests (.ci/run does)"
    ))
struct SQLAlchemyCountTests {
    @Test("SQLAlchemy's own count, lazy and selectinload", arguments: ["lazy", "selectinload"])
    func queriesEqualSQLAlchemysCount(_ loading: String) throws {
        let run = try FrameworkRun(
            name: "sqlalchemy-\(loading)",
            command: "python3 sqlalchemy_shop.py \(loading) {customer_id} {counts}")
        let lazy = loading == "lazy"
        run.check(
            CountExpectation(
                classes: [
                    .transaction: .exactly(2),
                    .connectionSetup: .exactly(1),
                    .schemaIntrospection: .zero,
                    .instrumentation: .zero,
                ],
                repeated: lazy ? .topIs(.productLookup) : .none,
                queriesGrowth: lazy ? "linear" : "constant"))
    }

    /// SQLAlchemy Core's executemany of N rows: N statements, one call — one round trip.
    @Test func executemanyIsOneRoundTripOfNStatements() throws {
        let run = try FrameworkRun(
            name: "sqlalchemy-executemany", command: "python3 sqlalchemy_bulk.py {customer_id} {counts}")
        run.check(
            CountExpectation(
                classes: [
                    .transaction: .zero, .connectionSetup: .exactly(1), .schemaIntrospection: .zero,
                    .instrumentation: .zero,
                ],
                repeated: .topIs(.archiveInsert), queriesGrowth: "linear", roundTripsGrowth: "constant"))
        #expect(
            run.own.allSatisfy { $0.calls == 4 && $0.queries == $0.loop + 3 },
            "four calls, one of them the executemany, in every request: \(run.own.map(\.queries))")
    }
}
