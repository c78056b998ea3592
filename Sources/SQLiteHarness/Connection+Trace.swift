import CSQLite

/// What the connection's trace callbacks collect (https://sqlite.org/c3ref/trace_v2.html).
final class TraceState {
    /// Top-level statements started (trigger sub-programs are not counted).
    var statementsStarted = 0
    /// Nanoseconds SQLite reported for finished statements (`SQLITE_TRACE_PROFILE`).
    var profileNanoseconds: Int64 = 0
    /// When non-nil, the SQL of every top-level statement started, in order, trimmed.
    var log: [String]?
    var shouldStop: (() -> Bool)?
    var isInstalled = true
}

/// A snapshot of the trace: how many statements ran and how long SQLite spent in them.
public struct TraceTotals: Hashable, Sendable {
    public var statements: Int
    public var nanoseconds: Int64

    public init(statements: Int, nanoseconds: Int64) {
        self.statements = statements
        self.nanoseconds = nanoseconds
    }
}

extension Connection {
    /// Starts recording the SQL of every statement run, including those inside `execute` scripts.
    public func startRecordingTrace() { trace.log = [] }

    /// The recorded SQL, in execution order (empty when recording was never started).
    public var traceLog: [String] { trace.log ?? [] }

    /// Statements started and SQLite's time spent so far; subtract two snapshots for an interval.
    public var traceTotals: TraceTotals {
        TraceTotals(statements: trace.statementsStarted, nanoseconds: trace.profileNanoseconds)
    }

    /// Whether statements are traced (on from the start). Turning it off spares SQLite's
    /// per-statement clock reads where nothing is measured (bulk data generation).
    public var isTracing: Bool {
        get { trace.isInstalled }
        set {
            guard newValue != trace.isInstalled else { return }
            if newValue { installTrace() } else { sqlite3_trace_v2(handle, 0, nil, nil) }
            trace.isInstalled = newValue
        }
    }

    /// Installs `sqlite3_trace_v2` with `SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE`.
    func installTrace() {
        let mask = UInt32(SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE)
        let context = Unmanaged.passUnretained(trace).toOpaque()
        sqlite3_trace_v2(
            handle, mask,
            { event, context, statement, detail in
                guard let context else { return 0 }
                let state = Unmanaged<TraceState>.fromOpaque(context).takeUnretainedValue()
                if event == UInt32(SQLITE_TRACE_STMT) {
                    // For trigger sub-programs SQLite passes a `-- TRIGGER name` comment instead.
                    let text = detail?.assumingMemoryBound(to: UInt8.self)
                    if let text, text[0] == UInt8(ascii: "-"), text[1] == UInt8(ascii: "-") { return 0 }
                    state.statementsStarted += 1
                    if state.log != nil {
                        let sql = statement.flatMap { sqlite3_sql(OpaquePointer($0)) }.map {
                            String(cString: $0)
                        }
                        state.log?.append((sql ?? "").trimmingWhitespace())
                    }
                } else if event == UInt32(SQLITE_TRACE_PROFILE), let detail {
                    state.profileNanoseconds += detail.assumingMemoryBound(to: Int64.self).pointee
                }
                return 0
            }, context)
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
