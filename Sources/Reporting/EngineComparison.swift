import HundredfoldCore

/// One gated figure's growth class on SQLite and on PostgreSQL (`run --engine sqlite,postgres`).
public struct EngineComparison: Codable, Sendable, Equatable {
    public var figure: String
    public var sqlite: GrowthClass
    public var postgres: GrowthClass
    public var agree: Bool

    public init(figure: String, sqlite: GrowthClass, postgres: GrowthClass) {
        self.figure = figure
        self.sqlite = sqlite
        self.postgres = postgres
        self.agree = sqlite == postgres
    }

    /// Every gated figure (the deterministic ones: counts, rows, scans, repeats, cost) grown on
    /// both engines, in figure order.
    public static func compare(sqlite: ScenarioReport, postgres: ScenarioReport) -> [EngineComparison] {
        Figure.allCases.filter(\.isDeterministic).compactMap { figure in
            guard let left = sqlite.growth[figure.rawValue], let right = postgres.growth[figure.rawValue]
            else {
                return nil
            }
            return EngineComparison(figure: figure.rawValue, sqlite: left.class, postgres: right.class)
        }
    }

    /// The report line of a disagreement: a finding, not an error.
    public var finding: String {
        "Engines disagree: \(figure) grows \(sqlite.rawValue) on SQLite but \(postgres.rawValue) on PostgreSQL"
    }

    /// The report lines of a scenario of a run on both engines (`engine`): each disagreement, or
    /// one line saying that all agree; none for a single engine.
    public static func findings(of scenario: ScenarioReport, engine: String?) -> [String] {
        guard engine?.contains(",") == true, let comparison = scenario.engine_comparison else { return [] }
        let disagreements = comparison.filter { !$0.agree }
        guard disagreements.isEmpty else { return disagreements.map(\.finding) }
        return ["Engines agree: all \(comparison.count) gated figures grow alike on SQLite and PostgreSQL"]
    }

    /// How a scenario's header names the engine: nil for SQLite alone (the default).
    public static func headerNote(_ engine: String?) -> String? {
        guard let engine, engine != "sqlite" else { return nil }
        let names = engine.split(separator: ",").map(String.init)
        return names.count > 1
            ? "engine \(names[0]), compared with \(names.dropFirst().joined(separator: ", "))"
            : "engine \(engine)"
    }
}
