import Foundation
import HundredfoldCore
import YAMLSupport

/// Turns one YAML document into a ``Scenario``: every key of the format, with structural checks.
/// Split by topic across `ScenarioDecoder+*.swift`.
struct ScenarioDecoder {
    static let topLevelKeys = [
        "name", "schema", "data", "workload", "requests", "scales", "seed", "traffic", "pricing",
        "budget", "limits", "production",
    ]
    static let defaultScales = [1, 10, 100]
    static let defaultRequests = 20
    static let defaultSeed: UInt64 = 42

    let document: YAMLValue
    /// The folder of the YAML file: relative paths in the scenario start here.
    let folder: URL
    let loader: ScenarioLoader
    /// Where the files this scenario names may be.
    let readableArea: ReadableArea

    init(document: YAMLValue, folder: URL, loader: ScenarioLoader, readableArea: ReadableArea) {
        self.document = document
        self.folder = folder
        self.loader = loader
        self.readableArea = readableArea
    }

    // MARK: - Document

    func decode() throws -> Scenario {
        let root = try document.mapping(
            allowedKeys: Self.topLevelKeys,
            expected: "a scenario (a mapping with name, schema, data, workload, …)")
        let nameValue = try root.required("name")
        let name = try nameValue.string()
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScenarioError.yaml(nameValue.invalid("the scenario name must not be empty"))
        }
        let schemaValue = try root.required("schema")
        let schemaCommand = schemaValue.isMapping ? try decodeSchemaCommand(schemaValue) : nil
        let schema = schemaCommand == nil ? try decodeSchema(schemaValue) : []
        let tables = try root["data"].map(decodeTables) ?? []
        let workload = try decodeWorkload(try root.required("workload"))
        let scales = try root["scales"].map(decodeScales) ?? Self.defaultScales
        var scenario = Scenario(
            name: name, location: document.location, schema: schema, tables: tables, workload: workload,
            requests: try root["requests"].map(decodeRequests) ?? .uniform(Self.defaultRequests),
            scales: scales, seed: try root["seed"].map(decodeSeed) ?? Self.defaultSeed,
            traffic: try root["traffic"].map(decodeTraffic),
            pricing: try root["pricing"].map(decodePricing),
            budgets: try root["budget"]?.budgets() ?? [],
            limits: try root["limits"].map(decodeLimits) ?? .defaults, schemaCommand: schemaCommand)
        scenario.productionScale = try root["production"].map(decodeProduction)
        return scenario
    }

    // MARK: - Run shape

    /// More scales than any growth fit needs; a longer list is a mistake, not a plan.
    static let maximumScales = 64

    func decodeScales(_ value: YAMLValue) throws -> [Int] {
        let items = try value.sequence(expected: "a list of positive integers, like [1, 10, 100]")
        guard !items.isEmpty else { throw value.invalid("scales must list at least one scale") }
        guard items.count <= Self.maximumScales else {
            throw value.invalid(
                "\(items.count) scales are listed; at most \(Self.maximumScales) are run (each builds its own dataset)"
            )
        }
        var scales: [Int] = []
        var seen: Set<Int> = []
        for item in items {
            let scale = try item.int()
            guard scale > 0 else { throw item.invalid("a scale must be a positive integer, found \(scale)") }
            guard seen.insert(scale).inserted else { throw item.invalid("scale \(scale) is listed twice") }
            scales.append(scale)
        }
        return scales
    }

    func decodeRequests(_ value: YAMLValue) throws -> RequestCount {
        if value.isScalar { return .uniform(try positiveRequests(value)) }
        let mapping = try value.mapping(expected: "a positive integer, or a mapping of scale to requests")
        guard !mapping.isEmpty else { throw value.invalid("requests per scale must not be empty") }
        var counts: [Int: Int] = [:]
        for entry in mapping.entries {
            guard let scale = Int(entry.key), scale > 0 else {
                throw YAMLError.typeMismatch(
                    location: entry.keyLocation, keyPath: value.keyPath, expected: "a positive integer scale",
                    found: "'\(entry.key)'")
            }
            counts[scale] = try positiveRequests(entry.value)
        }
        return .perScale(counts)
    }

    private func positiveRequests(_ value: YAMLValue) throws -> Int {
        let count = try value.int()
        guard count >= 1 else { throw value.invalid("requests must be at least 1, found \(count)") }
        return count
    }

    func decodeSeed(_ value: YAMLValue) throws -> UInt64 {
        if value.scalarKind == .integer, let seed = UInt64(try value.string()) {
            return seed
        }
        let seed = try value.int()
        guard seed >= 0 else { throw value.invalid("seed must be zero or a positive integer, found \(seed)") }
        return UInt64(seed)
    }

    func decodeTraffic(_ value: YAMLValue) throws -> Double {
        let mapping = try value.mapping(allowedKeys: ["requests_per_month"])
        let monthly = try mapping.required("requests_per_month")
        let count = try monthly.double()
        guard count >= 0 else { throw monthly.invalid("requests_per_month must be zero or more") }
        return count
    }

    static let priceKeys = [
        "per_request", "per_query", "per_million_rows_read", "per_million_rows_written", "per_gb_returned",
        "per_cpu_second",
    ]

    func decodePricing(_ value: YAMLValue) throws -> PricingChoice {
        if value.isScalar { return .profile(name: try value.string(), location: value.location) }
        let mapping = try value.mapping(
            allowedKeys: Self.priceKeys, expected: "a profile name or a mapping of prices")
        var prices: [String: Double] = [:]
        for entry in mapping.entries {
            let price = try entry.value.double()
            guard price >= 0 else {
                throw entry.value.invalid("a price must be zero or more, found \(price)")
            }
            prices[entry.key] = price
        }
        return .inline(prices: prices, location: value.location)
    }

    /// `production: { scale: 5000 }`: a positive scale, usually past the measured ones.
    func decodeProduction(_ value: YAMLValue) throws -> Int {
        let mapping = try value.mapping(allowedKeys: ["scale"])
        let scale = try mapping.required("scale")
        let number = try scale.int()
        guard number > 0 else { throw scale.invalid("the production scale must be positive") }
        return number
    }

    func decodeLimits(_ value: YAMLValue) throws -> Limits {
        let mapping = try value.mapping(allowedKeys: ["time_seconds", "rows_per_scale"])
        var limits = Limits.defaults
        if let time = mapping["time_seconds"] {
            limits.timeLimitSeconds = try time.double()
            guard limits.timeLimitSeconds > 0 else { throw time.invalid("time_seconds must be positive") }
        }
        if let rows = mapping["rows_per_scale"] {
            limits.maxRowsPerScale = try rows.int()
            guard limits.maxRowsPerScale > 0 else { throw rows.invalid("rows_per_scale must be positive") }
        }
        return limits
    }
}
