import HundredfoldCore

/// One request of the workload: parameters drawn per request, then steps run in order.
public struct Workload: Sendable, Equatable {
    public var params: [ParamSpec]
    public var steps: [Step]
    /// The web application `http:` steps are sent to, started once per scale.
    public var server: ServerSpec?

    public init(params: [ParamSpec], steps: [Step], server: ServerSpec? = nil) {
        self.params = params
        self.steps = steps
        self.server = server
    }
}

/// A parameter drawn per request from existing data: `user_id: { pick: users.id }`.
public struct ParamSpec: Sendable, Equatable {
    public var name: String
    public var table: String
    public var column: String
    public var distribution: Distribution
    public var location: SourceLocation

    public init(
        name: String, table: String, column: String, distribution: Distribution, location: SourceLocation
    ) {
        self.name = name
        self.table = table
        self.column = column
        self.distribution = distribution
        self.location = location
    }
}

/// One step of a request.
public indirect enum Step: Sendable, Equatable {
    /// A query (inline `query:` or `sql_file:`), optionally keeping its rows `as` a name.
    case query(QueryStep)
    /// Steps run once per row kept under `collection`, with the row's columns as parameters.
    case forEach(ForEachStep)
    /// A real program run against the scaled database (see "Real programs" in PRODUCT.md).
    case command(CommandStep)
    /// An HTTP request sent to the workload's server.
    case http(HTTPStep)
}

public struct QueryStep: Sendable, Equatable {
    public var sql: SQLScript
    /// `as:` — the name its rows are kept under for a later `for_each`.
    public var keepAs: String?

    public init(sql: SQLScript, keepAs: String?) {
        self.sql = sql
        self.keepAs = keepAs
    }
}

public struct ForEachStep: Sendable, Equatable {
    public var collection: String
    public var steps: [Step]
    public var location: SourceLocation
    public var keyPath: String

    public init(collection: String, steps: [Step], location: SourceLocation, keyPath: String) {
        self.collection = collection
        self.steps = steps
        self.location = location
        self.keyPath = keyPath
    }
}

public struct CommandStep: Sendable, Equatable {
    /// The command line, run by `/bin/sh -c`, with `{param}` placeholders substituted shell-quoted.
    public var command: String
    public var location: SourceLocation
    public var keyPath: String

    public init(command: String, location: SourceLocation, keyPath: String) {
        self.command = command
        self.location = location
        self.keyPath = keyPath
    }
}

extension Workload {
    /// The first `command:` step, loops included; nil when every step is declared SQL.
    var firstCommandStep: CommandStep? {
        func first(in steps: [Step]) -> CommandStep? {
            for step in steps {
                switch step {
                case .command(let command): return command
                case .forEach(let loop): if let found = first(in: loop.steps) { return found }
                case .query, .http: continue
                }
            }
            return nil
        }
        return first(in: steps)
    }
}
