import Foundation
import Testing

/// Python's standard sqlite3 module (Fixtures/FrameworkCounts/sqlite3_shop.py). An executemany of
/// N rows is N statements but one call: `queries_per_request` counts the N executions while
/// `round_trips_per_request` counts the call once, as a server database's driver sends it. The
/// look-alike — one execute per row, each followed by another statement — is a round trip per call.
@Suite(.enabled(if: Python.available, "python3 is missing: real-program tests skipped"))
struct SQLiteModuleCountTests {
    /// The module wraps the rename in its implicit BEGIN ... COMMIT and runs nothing on connect.
    @Test func nPlusOneEqualsTheProgramsCount() throws {
        let run = try FrameworkRun(
            name: "sqlite3-n-plus-one", command: "python3 sqlite3_shop.py n_plus_one {customer_id} {counts}")
        run.check(
            CountExpectation(
                classes: [
                    .transaction: .exactly(2), .connectionSetup: .zero, .schemaIntrospection: .zero,
                    .instrumentation: .zero,
                ],
                repeated: .topIs(.productLookup), queriesGrowth: "linear"))
    }

    /// Autocommit: a TEMP table, the list query, ONE executemany copying the orders into it, a count.
    @Test func executemanyIsOneRoundTripOfNStatements() throws {
        let run = try FrameworkRun(
            name: "sqlite3-bulk", command: "python3 sqlite3_shop.py bulk {customer_id} {counts}")
        run.check(
            CountExpectation(
                classes: [.transaction: .zero, .connectionSetup: .zero, .instrumentation: .zero],
                repeated: .topIs(.archiveInsert), queriesGrowth: "linear", roundTripsGrowth: "constant"))
        for scale in FrameworkRun.scales {
            #expect(
                run.own(at: scale).allSatisfy { $0.calls == 4 && $0.queries == $0.loop + 3 },
                "the program made four calls, one of them the executemany: \(run.own(at: scale).map(\.queries))"
            )
        }
    }

    /// The look-alike: per order an INSERT then a SELECT, so no execution follows one of the
    /// same statement — every call is its own round trip, and round trips grow with the data.
    @Test func interleavedExecutesAreARoundTripEach() throws {
        let run = try FrameworkRun(
            name: "sqlite3-interleaved", command: "python3 sqlite3_shop.py interleaved {customer_id} {counts}"
        )
        run.check(
            CountExpectation(
                classes: [.transaction: .zero, .connectionSetup: .zero, .instrumentation: .zero],
                repeated: .includes(.archiveInsert), queriesGrowth: "linear", roundTripsGrowth: "linear"))
        #expect(run.own.allSatisfy { $0.calls == $0.queries }, "one statement per call in every request")
    }
}
