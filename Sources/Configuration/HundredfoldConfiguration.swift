import Foundation
import HundredfoldCore
import StaticScan
import YAMLSupport

/// The project settings in `hundredfold.yml`: what the scan ignores and which extra calls it knows,
/// budgets applied to scenarios, the default pricing profile, and the folders outside the
/// repository that scenarios may read.
///
/// ```yaml
/// scan:
///   ignore: ["vendor/**"]
///   calls: { db-read: ["repo.fetch_one"], http: ["api_client.call"] }
/// budgets:
///   default: { queries_per_request: { growth: constant } }
///   scenarios: { order-history: { rows_read_per_request: { max: 200 } } }
/// pricing: cloudflare-d1
/// scenarios:
///   allow_paths: ["../shared/schema"]
/// ```
public struct HundredfoldConfiguration: Sendable, Equatable {
    /// The file name looked for in the working directory.
    public static let fileName = "hundredfold.yml"
    static let topLevelKeys = ["scan", "budgets", "pricing", "scenarios"]
    static let scanKeys = ["ignore", "calls", "test_paths", "default_test_paths", "test_severity"]
    /// The call kinds `scan.calls` may extend.
    public static let callKinds = ["db-read", "db-write", "http", "cache", "storage", "queue"]

    public var scan: ScanConfiguration
    public var budgets: BudgetConfiguration
    /// The pricing profile for scenarios that name none.
    public var pricing: String?
    /// Where `pricing:` is written, for errors about the profile (unknown name, …).
    public var pricingLocation: SourceLocation?
    /// `scenarios.allow_paths`: folders outside the repository whose files scenarios may name
    /// (`schema:`, `sql_file:`), as written (relative to the folder of `hundredfold.yml`).
    public var scenarioAllowedPaths: [String] = []

    public init(
        scan: ScanConfiguration = .init(), budgets: BudgetConfiguration = .init(), pricing: String? = nil
    ) {
        self.scan = scan
        self.budgets = budgets
        self.pricing = pricing
    }

    // MARK: - Loading

    /// Reads the configuration at `url`; `displayPath` names it in errors (relative, never absolute).
    public static func load(from url: URL, displayPath: String) throws -> HundredfoldConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ConfigurationError.unreadable(path: displayPath, reason: "\(error.localizedDescription)")
        }
        do {
            let documents = try YAMLReader.documents(in: data, file: displayPath)
            guard documents.count == 1, let root = documents.first else {
                throw ConfigurationError.severalDocuments(file: displayPath)
            }
            return try decode(root)
        } catch let error as YAMLError {
            throw ConfigurationError.yaml(error)
        }
    }

    /// The `hundredfold.yml` in `directory`, or nil when there is none.
    public static func loadIfPresent(in directory: URL) throws -> HundredfoldConfiguration? {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try load(from: url, displayPath: fileName)
    }

    /// The `hundredfold.yml` in `directory`, else the one at `repositoryRoot` (the root of the
    /// repository `directory` is in, when it is in one), or nil when neither has one. Errors name
    /// the file relative to `directory` (`../../hundredfold.yml`).
    public static func loadIfPresent(in directory: URL, orAtRepositoryRoot repositoryRoot: URL?) throws
        -> HundredfoldConfiguration?
    {
        if let here = try loadIfPresent(in: directory) { return here }
        let folder = directory.resolvingSymlinksInPath().standardizedFileURL.pathComponents
        guard let root = repositoryRoot?.resolvingSymlinksInPath().standardizedFileURL.pathComponents,
            folder.count > root.count, Array(folder.prefix(root.count)) == root
        else { return nil }
        let url = repositoryRoot?.appendingPathComponent(fileName)
        guard let url, FileManager.default.fileExists(atPath: url.path) else { return nil }
        let up = String(repeating: "../", count: folder.count - root.count)
        return try load(from: url, displayPath: up + fileName)
    }

    // MARK: - Decoding

    static func decode(_ root: YAMLValue) throws -> HundredfoldConfiguration {
        let mapping = try root.mapping(allowedKeys: topLevelKeys)
        var configuration = HundredfoldConfiguration()
        if let scan = mapping["scan"] { configuration.scan = try decodeScan(scan) }
        if let budgets = mapping["budgets"] { configuration.budgets = try decodeBudgets(budgets) }
        if let pricing = mapping["pricing"] {
            configuration.pricing = try pricing.string()
            configuration.pricingLocation = pricing.location
        }
        if let scenarios = mapping["scenarios"] {
            let settings = try scenarios.mapping(allowedKeys: ["allow_paths"])
            configuration.scenarioAllowedPaths =
                try settings["allow_paths"].map {
                    try strings(
                        $0, expected: "a list of folders outside the repository that scenarios may read")
                } ?? []
        }
        return configuration
    }

    static func decodeScan(_ value: YAMLValue) throws -> ScanConfiguration {
        let scan = try value.mapping(allowedKeys: scanKeys)
        let ignore = try scan["ignore"].map { try globs($0, expected: "a list of glob patterns") } ?? []
        var calls: [String: [String]] = [:]
        if let callsValue = scan["calls"] {
            for entry in try callsValue.mapping(allowedKeys: callKinds).entries {
                calls[entry.key] = try strings(
                    entry.value, expected: "a list of call names, like [\"repo.fetch_one\"]")
            }
        }
        var configuration = ScanConfiguration(ignore: ignore, extraCalls: calls)
        if let paths = scan["test_paths"] {
            configuration.testPaths = try globs(paths, expected: "a list of glob patterns of test code")
        }
        if let defaults = scan["default_test_paths"] {
            configuration.includeDefaultTestPaths = try defaults.bool()
        }
        if let severity = scan["test_severity"] {
            switch try severity.string() {
            case "note": configuration.testFindingsAtFullSeverity = false
            case "full": configuration.testFindingsAtFullSeverity = true
            default:
                throw severity.invalid(
                    "expected note or full",
                    hint: "note keeps test findings below --fail-on; full reports them as in app code")
            }
        }
        return configuration
    }

    static func decodeBudgets(_ value: YAMLValue) throws -> BudgetConfiguration {
        let figures = Figure.allCases.map(\.rawValue)
        let mapping = try value.mapping(allowedKeys: ["default", "scenarios"] + figures)
        let shorthand = mapping.keys.filter(figures.contains)
        if !shorthand.isEmpty, let explicit = mapping["default"] {
            throw explicit.invalid(
                "write figures either under default: or directly under budgets:, not both",
                hint: "move \(shorthand.joined(separator: ", ")) under default:")
        }
        var budgets = BudgetConfiguration()
        if let defaults = mapping["default"] {
            budgets.defaults = try defaults.budgets()
        } else {
            budgets.defaults = try value.budgets(ignoring: ["scenarios"])
        }
        if let scenarios = mapping["scenarios"] {
            for entry in try scenarios.mapping(expected: "a mapping of scenario names to budgets").entries {
                budgets.perScenario[entry.key] = try entry.value.budgets()
            }
        }
        return budgets
    }

    private static func strings(_ value: YAMLValue, expected: String) throws -> [String] {
        try value.sequence(expected: expected).map { try $0.string() }
    }

    /// A list of ``Glob`` patterns, each checked so a typo is an error rather than a pattern that
    /// silently matches nothing.
    private static func globs(_ value: YAMLValue, expected: String) throws -> [String] {
        try value.sequence(expected: expected).map { item in
            let pattern = try item.string()
            if let error = Glob.syntaxError(in: pattern) {
                throw item.invalid(
                    "expected a glob pattern; '\(pattern)' has a problem at character \(error.column): \(error.message)",
                    hint: "patterns follow .gitignore: *, **, ?, [a-z]; write \\[ for a literal [")
            }
            return pattern
        }
    }
}
