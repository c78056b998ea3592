import Foundation
import TestSupport
import Testing
import TraceIngest

/// True when `python3` can import Django.
private let djangoInstalled: Bool = {
    let check = try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import django"])
    return check?.exitCode == 0
}()

/// A Django app (installed by `.ci/run`) whose view has an N+1, driven through Django's test
/// client: the traced statements of the request must be exactly the ones Django itself counts.
@Suite(
    .enabled(
        if: djangoInstalled,
        "Django is not installed: `python3 -m pip install django==5.2.19` enables these tests (.ci/run does)"))
struct DjangoAppTests {
    struct Response: Decodable {
        var status: Int
        var bytes: Int
        var queries: Int
    }

    let runner = TracedProgram.fixture("django_shop/run.py")

    /// Runs `get path` traced; returns Django's answer and the traced SQL between the markers.
    func request(_ path: String, debug: Bool) throws -> (Response, [String], untraced: String) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.url.appendingPathComponent("shop.db")
        var environment = ["HUNDREDFOLD_DB": database.path, "DJANGO_DEBUG": debug ? "1" : "0"]
        let setup = try TracedProgram.runUntraced(
            TracedProgram.python, [runner.path, "setup"], in: directory, environment: environment)
        try #require(setup.exitCode == 0, "Django is needed (see .ci/run): \(setup.stderr)")
        let untraced = try TracedProgram.runUntraced(
            TracedProgram.python, [runner.path, "get", path], in: directory, environment: environment)
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        let outcome = try TracedProgram.run(
            TracedProgram.python, [runner.path, "get", path], in: directory, environment: environment)
        try #require(outcome.result.exitCode == 0, "\(outcome.result.stderr)")
        let response = try JSONDecoder().decode(Response.self, from: Data(outcome.result.stdout.utf8))
        let sql = try Traceability.statements(in: outcome.log, database: database, databaseChanged: false)
            .get()
            .map(\.sql)
        let begin = try #require(sql.firstIndex(of: "SELECT 'hundredfold:begin'"))
        let end = try #require(sql.firstIndex(of: "SELECT 'hundredfold:end'"))
        return (response, Array(sql[(begin + 1)..<end]), untraced.stdout)
    }

    @Test func nPlusOneViewMatchesDjangosOwnCount() throws {
        let (response, traced, untraced) = try request("/orders/", debug: false)
        #expect(response.status == 200)
        #expect(response.queries == 21)  // the order list, then one customer per order
        #expect(traced.count == response.queries)
        #expect(traced.filter { $0.contains("FROM \"shop_customer\"") }.count == 20)
        #expect(try JSONDecoder().decode(Response.self, from: Data(untraced.utf8)).bytes == response.bytes)
    }

    @Test func fixedViewRunsOneQuery() throws {
        let (response, traced, _) = try request("/orders-fixed/", debug: false)
        #expect(response.queries == 1)
        #expect(traced.count == 1)
        #expect(traced.first?.contains("INNER JOIN \"shop_customer\"") == true)
    }

    /// With DEBUG on, Django logs each query with its parameters quoted by SQLite itself
    /// (`SELECT QUOTE(?)` on the same connection): real statements Django's log leaves out.
    @Test func debugModeQueriesMatchConnectionQueries() throws {
        let (response, traced, _) = try request("/orders/", debug: true)
        let quoting = traced.filter { $0.hasPrefix("SELECT QUOTE(") }
        #expect(traced.count - quoting.count == response.queries)
        #expect(response.queries == 21)
        #expect(quoting.count == 20)
    }
}
