import HundredfoldCore
import YAMLSupport

/// `workload:` (params and steps) and `choice:` columns.
extension ScenarioDecoder {
    static let workloadKeys = ["params", "steps", "server"]
    static let stepKinds = ["query", "for_each", "sql_file", "command", "http"]
    static let stepKeys = stepKinds + ["as", "steps"] + httpStepKeys

    // MARK: - Workload

    func decodeWorkload(_ value: YAMLValue) throws -> Workload {
        let workload = try value.mapping(allowedKeys: Self.workloadKeys)
        let params = try workload["params"].map(decodeParams) ?? []
        let server = try workload["server"].map(decodeServer)
        let stepsValue = try workload.required("steps")
        var kept: Set<String> = []
        let steps = try decodeSteps(stepsValue, kept: &kept)
        let firstHTTP = Self.firstHTTPStep(steps)
        if let firstHTTP, server == nil {
            throw YAMLError.invalidValue(
                location: firstHTTP.location, keyPath: firstHTTP.keyPath,
                message: "an http: step needs a server to send it to",
                hint: "declare workload.server: { command: ..., ready: GET /healthz }")
        }
        if let server, firstHTTP == nil {
            throw YAMLError.invalidValue(
                location: workload.location(of: "server"), keyPath: server.keyPath,
                message: "workload.server is started but no step sends it a request",
                hint: "add a step like `- http: GET /`")
        }
        return Workload(params: params, steps: steps, server: server)
    }

    /// The first `http:` step, in a `for_each` body too.
    static func firstHTTPStep(_ steps: [Step]) -> HTTPStep? {
        for step in steps {
            switch step {
            case .http(let http): return http
            case .forEach(let loop): if let found = firstHTTPStep(loop.steps) { return found }
            case .query, .command: continue
            }
        }
        return nil
    }

    func decodeParams(_ value: YAMLValue) throws -> [ParamSpec] {
        let params = try value.mapping(expected: "a mapping of parameter names to { pick: TABLE.COLUMN }")
        return try params.entries.map { entry in
            let param = try entry.value.mapping(allowedKeys: ["pick", "distribution"])
            let (table, column) = try tableColumn(try param.required("pick"), key: "pick")
            return ParamSpec(
                name: entry.key, table: table, column: column,
                distribution: try param["distribution"].map(decodeDistribution) ?? .uniform,
                location: entry.keyLocation)
        }
    }

    // MARK: - Steps

    /// A list of steps. `kept` holds the names kept by an `as:` earlier in the request; names kept
    /// inside a `for_each` body stay local to that body.
    func decodeSteps(_ value: YAMLValue, kept: inout Set<String>) throws -> [Step] {
        let items = try value.sequence(expected: "a list of steps (query, for_each, sql_file, command, http)")
        guard !items.isEmpty else { throw value.invalid("steps must list at least one step") }
        return try items.map { try decodeStep($0, kept: &kept) }
    }

    private func decodeStep(_ value: YAMLValue, kept: inout Set<String>) throws -> Step {
        let step = try value.mapping(
            allowedKeys: Self.stepKeys, expected: "a step (query, for_each, sql_file, command or http)")
        let kinds = step.keys.filter(Self.stepKinds.contains)
        guard kinds.count == 1, let kind = kinds.first, let body = step[kind] else {
            throw value.invalid(
                kinds.isEmpty
                    ? "a step needs one of \(Self.stepKinds.joined(separator: ", "))"
                    : "a step takes one of query, for_each, sql_file, command or http, found \(kinds.joined(separator: " and "))"
            )
        }
        if step["steps"] != nil, kind != "for_each" {
            throw YAMLError.invalidValue(
                location: step.location(of: "steps"), keyPath: value.childPath("steps"),
                message: "'steps' belongs to a for_each step", hint: nil)
        }
        for key in Self.httpStepKeys where step[key] != nil && kind != "http" {
            throw YAMLError.invalidValue(
                location: step.location(of: key), keyPath: value.childPath(key),
                message: "'\(key)' belongs to an http step", hint: nil)
        }
        if step["as"] != nil, kind != "query", kind != "sql_file" {
            throw YAMLError.invalidValue(
                location: step.location(of: "as"), keyPath: value.childPath("as"),
                message: "'as' keeps the rows of a query or sql_file step, not of \(kind)", hint: nil)
        }
        switch kind {
        case "query", "sql_file":
            let sql: SQLScript
            if kind == "query" {
                let text = try body.string()
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw body.invalid("the query is empty")
                }
                sql = SQLScript(sql: text, location: body.contentLocation, keyPath: body.keyPath)
            } else {
                sql = try decodeSQLFile(body)
            }
            let keepAs = try step.string("as")
            if let keepAs { kept.insert(keepAs) }
            return .query(QueryStep(sql: sql, keepAs: keepAs))
        case "for_each":
            let collection = try body.string()
            guard kept.contains(collection) else {
                throw body.invalid(
                    "for_each over '\(collection)', which no earlier step keeps"
                        + (Suggestion.nearest(to: collection, in: kept.sorted()).map {
                            "; did you mean '\($0)'?"
                        } ?? ""),
                    hint: "keep a query's rows with `as: \(collection)` in a step before this one")
            }
            var inner = kept
            let steps = try decodeSteps(try step.required("steps"), kept: &inner)
            return .forEach(
                ForEachStep(
                    collection: collection, steps: steps, location: value.location, keyPath: value.keyPath))
        case "http":
            return .http(try decodeHTTPStep(body, step: step))
        default:
            let command = try body.string()
            guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw body.invalid("the command is empty")
            }
            return .command(CommandStep(command: command, location: body.location, keyPath: body.keyPath))
        }
    }

    // MARK: - Choice

    func decodeChoice(_ value: YAMLValue, weights: YAMLValue?) throws -> ColumnGenerator {
        let items = try value.sequence(expected: "a list of values, like [new, paid, shipped]")
        guard !items.isEmpty else { throw value.invalid("choice must list at least one value") }
        let values: [ChoiceValue] = try items.map { item in
            switch item.scalarKind {
            case nil: throw item.mismatch("a plain value (text, number or null)")
            case .null: return .null
            case .integer: return .integer(Int64(try item.int()))
            case .real: return .real(try item.double())
            case .boolean, .text: return .text(try item.string())
            }
        }
        guard let weights else {
            return .choice(values: values, weights: Array(repeating: 1, count: values.count))
        }
        let weightItems = try weights.sequence(expected: "a list of positive numbers, one per choice")
        guard weightItems.count == values.count else {
            throw weights.invalid(
                "weights has \(weightItems.count) numbers for \(values.count) choices; give one per choice")
        }
        let numbers = try weightItems.map { item in
            let weight = try item.double()
            guard weight > 0 else { throw item.invalid("a weight must be positive, found \(weight)") }
            return weight
        }
        return .choice(values: values, weights: numbers)
    }
}
