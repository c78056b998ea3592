import Foundation
import HundredfoldCore
import TestSupport
import Testing

@testable import ScenarioKit

/// `production: { scale: N }`: read as a positive scale, refused at its line and column otherwise;
/// a run of a scenario declaring it reports the prediction, one without it reports none.
@Suite struct ProductionScaleTests {
    static let body = """
        name: orders
        schema: |
          CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER);
          CREATE TABLE users(id INTEGER PRIMARY KEY);
        data:
          users: { rows: 5, fixed: true }
          orders: { rows: 20, columns: { user_id: { ref: users.id } } }
        workload:
          steps:
            - query: SELECT id, user_id FROM orders
              as: orders
            - for_each: orders
              steps:
                - query: SELECT id FROM users WHERE id = :user_id
        requests: 3
        scales: [1, 10, 100]

        """

    func load(_ yaml: String) throws -> Scenario {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(yaml, to: "s.yml")
        return try #require(try ScenarioLoader(workingDirectory: folder.url).load(paths: ["s.yml"]).first)
    }

    func diagnostic(_ yaml: String) throws -> Diagnostic? {
        do {
            _ = try load(yaml)
            return nil
        } catch let error as ScenarioError {
            return error.diagnostic
        }
    }

    @Test func aDeclaredScaleIsRead() throws {
        #expect(try load(Self.body + "production: { scale: 5000 }\n").productionScale == 5000)
        #expect(try load(Self.body).productionScale == nil)
    }

    @Test func aScaleThatIsNotPositiveOrMissingIsRefusedWhereItIs() throws {
        let zero = try diagnostic(Self.body + "production: { scale: 0 }\n")
        #expect(zero?.location == SourceLocation(file: "s.yml", line: 17, column: 22))
        #expect(zero?.message.contains("must be positive") == true, "\(String(describing: zero))")
        let unknown = try diagnostic(Self.body + "production: { rows: 5000 }\n")
        #expect(unknown?.location?.line == 17)
        #expect(unknown?.message.contains("rows") == true, "\(String(describing: unknown))")
    }

    @Test func aRunPredictsTheNPlusOneAtProductionScale() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let runner = ScenarioRunner(options: RunOptions(temporaryDirectory: folder.url))
        let scenario = try load(Self.body + "production: { scale: 1000 }\n")
        let report = try runner.run(scenario)
        let prediction = try #require(report.prediction)
        #expect(prediction.scale == 1000 && prediction.predicted)
        // 1 + 20 × scale queries: 2001 at 100x, about 20,000 at 1000x.
        let queries = try #require(prediction.figures["queries_per_request"])
        #expect(queries > 15_000 && queries < 21_000, "\(queries)")
        let plain = try runner.run(try load(Self.body))
        #expect(plain.prediction == nil)
    }
}
