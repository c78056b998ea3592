import Foundation
import Testing

private let pdoSQLiteInstalled = runs(
    "php", ["-r", "exit(in_array('sqlite', PDO::getAvailableDrivers(), true) ? 0 : 1);"])

/// PHP's PDO with pdo_sqlite (Fixtures/FrameworkCounts/pdo_shop.php): the traced
/// `queries_per_request` equals the script's own execute() calls, for the N+1 (one prepared
/// product query executed per order) and the batched IN query. PHP loads pdo_sqlite with
/// RTLD_DEEPBIND; the rename runs inside beginTransaction()/commit() (transaction).
@Suite(
    .enabled(
        if: pdoSQLiteInstalled,
        "PHP with pdo_sqlite is not installed: `apt-get install php-cli php-sqlite3` enables these tests (.ci/run does)"
    ))
struct PDOCountTests {
    @Test("PDO's own count, N+1 and batched", arguments: ["n_plus_one", "batched"])
    func queriesEqualTheScriptsCount(_ loading: String) throws {
        let run = try FrameworkRun(
            name: "pdo-\(loading)".replacingOccurrences(of: "_", with: "-"),
            command: "php pdo_shop.php \(loading) {customer_id} {counts}")
        let nPlusOne = loading == "n_plus_one"
        run.check(
            CountExpectation(
                classes: [.transaction: .exactly(2), .schemaIntrospection: .zero, .instrumentation: .zero],
                repeated: nPlusOne ? .topIs(.productLookup) : .none,
                queriesGrowth: nPlusOne ? "linear" : "constant"))
    }
}
