import CSQLite

/// What the connection's trace callback collects (https://sqlite.org/c3ref/trace_v2.html).
final class TraceState {
    /// When non-nil, the SQL of every top-level statement started, in order, trimmed (trigger
    /// sub-programs are not logged).
    var log: [String]?
    var shouldStop: (() -> Bool)?
    var isInstalled = true
}

extension Connection {
    /// Starts recording the SQL of every statement run, including those inside `execute` scripts.
    public func startRecordingTrace() { trace.log = [] }

    /// The recorded SQL, in execution order (empty when recording was never started).
    public var traceLog: [String] { trace.log ?? [] }

    /// Whether statements are traced (on from the start). Turning it off spares the callback
    /// where nothing is recorded (bulk data generation).
    public var isTracing: Bool {
        get { trace.isInstalled }
        set {
            guard newValue != trace.isInstalled else { return }
            if newValue { installTrace() } else { sqlite3_trace_v2(handle, 0, nil, nil) }
            trace.isInstalled = newValue
        }
    }

    /// Installs `sqlite3_trace_v2` with `SQLITE_TRACE_STMT`.
    func installTrace() {
        let mask = UInt32(SQLITE_TRACE_STMT)
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
                    if state.log != nil {
                        let sql = statement.flatMap { sqlite3_sql(OpaquePointer($0)) }.map {
                            String(cString: $0)
                        }
                        state.log?.append((sql ?? "").trimmingWhitespace())
                    }
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
