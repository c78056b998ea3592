import Foundation
import Testing

/// What a framework scenario's report must show beside the program's own per-request counts, at
/// every scale: `queries_per_request` mean and max always equal the framework's count.
struct CountExpectation {
    enum ClassCount {
        /// The class is reported (`statements_by_class` exists) and has no statement.
        case zero
        /// At least this many statements of the class per request, at every scale.
        case atLeast(Double)
        /// Exactly this many statements of the class in every request.
        case exactly(Double)
        /// Mean and max equal the statements the program's query log added (`instrumentation`).
        case ownInstrumentation
    }

    enum Repeated {
        /// No statement repeats within a request.
        case none
        /// The most repeated statement matches, its count the most `loop` executions of a request.
        case topIs(StatementPattern)
        /// Some repeated statement matches, with that count.
        case includes(StatementPattern)
    }

    var classes: [StatementClass: ClassCount]
    var repeated: Repeated
    var queriesGrowth: String
    /// `round_trips_per_request` mean and max equal the framework's calls, growing this way.
    var roundTripsGrowth: String? = nil
}

/// A statement recognised by words of its normalized fingerprint.
struct StatementPattern: CustomStringConvertible {
    var words: [String]
    var without: [String] = []

    /// The N+1's per-order product lookup of every program in Fixtures/FrameworkCounts.
    static let productLookup = StatementPattern(
        words: ["select", "products"], without: ["orders", "quote("])
    /// The bulk programs' insert into their TEMP table `archive`.
    static let archiveInsert = StatementPattern(words: ["insert into archive"])

    func matches(_ fingerprint: String) -> Bool {
        let sql = normalized(fingerprint).replacingOccurrences(of: "\"", with: "")
        return words.allSatisfy(sql.contains) && !without.contains(where: sql.contains)
    }

    var description: String { words.joined(separator: " … ") }
}

/// Statements that are never the application's N+1: instrumentation, set-up, introspection, transactions.
private func isFrameworkChatter(_ fingerprint: String) -> Bool {
    let sql = normalized(fingerprint)
    return sql.contains("quote(") || sql.contains("sqlite_master") || sql.contains("sqlite_version")
        || sql.contains("sqlite_compileoption")
        || ["pragma", "begin", "commit", "rollback", "savepoint", "release"].contains { sql.hasPrefix($0) }
}

extension FrameworkRun {
    /// Checks the report against the program's own counts and `expected`, scale by scale.
    func check(_ expected: CountExpectation) {
        for scale in Self.scales {
            let mine = own(at: scale)
            guard !mine.isEmpty else { continue }
            let at = "\(name) at \(scale)x"
            let queries = report.queries(name, scale)
            let ownQueries = meanAndMax(mine.map(\.queries))
            #expect(
                same(queries.mean, ownQueries.mean) && same(queries.max, ownQueries.max),
                """
                \(at): traced queries_per_request mean \(queries.mean.map { "\($0)" } ?? "none"), \
                max \(queries.max.map { "\($0)" } ?? "none"); the framework's own count mean \(ownQueries.mean), \
                max \(ownQueries.max) (per request \(mine.map(\.queries)))
                """)
            if let application = report.statements(.application, name, scale).mean {
                #expect(same(application, ownQueries.mean), "\(at): application statements are the queries")
            }
            for (statementClass, count) in expected.classes {
                checkClass(statementClass, count, at: scale, mine)
            }
            checkRepeated(expected.repeated, at: scale, maxLoop: mine.map(\.loop).max() ?? 0)
            if expected.roundTripsGrowth != nil {
                let trips = report.roundTrips(name, scale)
                let calls = meanAndMax(mine.map(\.calls))
                #expect(
                    same(trips.mean, calls.mean) && same(trips.max, calls.max),
                    "\(at): round_trips_per_request \(trips), the framework's calls mean \(calls.mean), max \(calls.max)"
                )
            }
        }
        let growth = report.growthClass(name, "queries_per_request")
        #expect(growth == expected.queriesGrowth, "\(name): queries_per_request grows \(growth ?? "none")")
        if let roundTripsGrowth = expected.roundTripsGrowth {
            let trips = report.growthClass(name, "round_trips_per_request")
            #expect(trips == roundTripsGrowth, "\(name): round_trips_per_request grows \(trips ?? "none")")
        }
    }

    private func checkClass(
        _ statementClass: StatementClass, _ count: CountExpectation.ClassCount, at scale: Int,
        _ mine: [OwnCount]
    ) {
        let measured = report.statements(statementClass, name, scale)
        let what = "\(name) at \(scale)x: \(statementClass.rawValue) statements per request \(measured)"
        switch count {
        case .zero:
            let reported = StatementClass.allCases.contains { report.statements($0, name, scale).mean != nil }
            #expect(reported && (measured.mean ?? 0) == 0, "\(what), expected a report of classes with none")
        case .atLeast(let least):
            #expect((measured.mean ?? -1) >= least, "\(what), expected at least \(least)")
        case .exactly(let exact):
            #expect(
                same(measured.mean, exact) && (measured.max.map { same($0, exact) } ?? true),
                "\(what), expected \(exact)")
        case .ownInstrumentation:
            let own = meanAndMax(mine.map(\.instrumentation))
            #expect(
                same(measured.mean, own.mean) && (measured.max.map { same($0, own.max) } ?? true),
                "\(what), the query log added mean \(own.mean), max \(own.max)")
        }
    }

    private func checkRepeated(_ expected: CountExpectation.Repeated, at scale: Int, maxLoop: Int) {
        let repeated = report.repeated(name, scale)
        let at = "\(name) at \(scale)x"
        let chatter = repeated.filter { isFrameworkChatter($0.fingerprint) }
        #expect(chatter.isEmpty, "\(at): framework statements ranked as repeated: \(chatter)")
        switch expected {
        case .none:
            #expect(repeated.isEmpty, "\(at): nothing repeats, yet \(repeated)")
        case .topIs(let pattern), .includes(let pattern):
            let candidates: ArraySlice = {
                if case .topIs = expected { return repeated.prefix(1) }
                return repeated[...]
            }()
            let found = candidates.first { pattern.matches($0.fingerprint) }
            if maxLoop >= 2 {
                #expect(
                    found?.count == maxLoop,
                    "\(at): \(pattern) repeated \(maxLoop) times (\(expected)): \(repeated)")
            } else {
                #expect(!repeated.contains { pattern.matches($0.fingerprint) }, "\(at): ran at most once")
            }
        }
    }
}
