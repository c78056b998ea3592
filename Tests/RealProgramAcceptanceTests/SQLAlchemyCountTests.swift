import Foundation
import Testing

private let sqlalchemyInstalled = runs("python3", ["-c", "import sqlalchemy"])

/// The SQLAlchemy ORM (Fixtures/FrameworkCounts/sqlalchemy_shop.py): the traced
/// `queries_per_request` equals what a `before_cursor_execute` listener counts, for lazy loading
/// (one product query per product not yet in the session) and `selectinload` (one IN query).
/// The pysqlite dialect reads `PRAGMA read_uncommitted` on the first connect (connection_setup)
/// and the driver wraps the request's rename in BEGIN ... COMMIT (transaction).
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
}
