/// One line of a trace file written by the HundredfoldTrace preload library
/// (`Sources/HundredfoldTrace/include/HundredfoldTrace.h` documents the format).
public enum TraceRecord: Sendable, Equatable {
    /// The library was loaded into a process (written by every process that inherited the preload).
    case process(ProcessRecord)
    /// A connection was opened (or failed to open).
    case open(OpenRecord)
    /// One execution of one top-level statement.
    case statement(TracedStatement)
    /// The tracer could not work in a process (no SQLite library found).
    case error(TraceErrorRecord)
    /// A process that traced no connection had SQLite loaded where the tracer's hooks never reached.
    case unhooked(UnhookedLibraryRecord)
}

/// A process the preload library was loaded into.
public struct ProcessRecord: Sendable, Equatable, Decodable {
    public var pid: Int
    public var ppid: Int
    /// The executable's absolute path (`/proc/self/exe`); never copied into reports as is.
    public var exe: String

    public init(pid: Int, ppid: Int, exe: String) {
        self.pid = pid
        self.ppid = ppid
        self.exe = exe
    }
}

/// A call of `sqlite3_open`, `sqlite3_open_v2` or `sqlite3_open16`, or a connection opened past
/// them that SQLite's auto-extension hook reached (`api` is then `auto_extension`).
public struct OpenRecord: Sendable, Equatable, Decodable {
    public var pid: Int
    /// The connection's id within its process (0 when the open failed).
    public var conn: Int
    /// Which open function the program called, or `auto_extension`.
    public var api: String
    /// The database file as SQLite resolved it (`sqlite3_db_filename`), or the name passed.
    public var file: String
    /// SQLite's result code; 0 is `SQLITE_OK`.
    public var rc: Int
    /// Whether the trace callback was installed on the connection.
    public var traced: Bool
    /// The SQLite library version the program runs.
    public var sqlite: String?
    /// How the real SQLite functions were found: `rtld_next`, `dlopen_noload`, `loaded_objects`.
    public var resolved_by: String?

    public init(
        pid: Int, conn: Int, api: String, file: String, rc: Int, traced: Bool, sqlite: String? = nil,
        resolved_by: String? = nil
    ) {
        self.pid = pid
        self.conn = conn
        self.api = api
        self.file = file
        self.rc = rc
        self.traced = traced
        self.sqlite = sqlite
        self.resolved_by = resolved_by
    }
}

/// One execution of a top-level statement, with SQLite's own counters for that execution.
public struct TracedStatement: Sendable, Equatable, Decodable {
    public var pid: Int
    public var conn: Int
    /// The statement's SQL as prepared; with bound values expanded when `HUNDREDFOLD_TRACE_BIND=1`.
    public var sql: String
    /// Wall time from the statement's first step to its end or reset, in nanoseconds.
    public var ns: Int64
    /// Result rows stepped out.
    public var rows: Int
    /// Result bytes: text and blob lengths, 8 per integer or real, 0 per NULL.
    public var bytes: Int
    public var vm_steps: Int
    public var fullscan_steps: Int
    public var sorts: Int
    public var autoindexes: Int
    /// Rows inserted, updated or deleted by the statement, triggers included.
    public var changes: Int
    /// Whether the statement can write (`!sqlite3_stmt_readonly`).
    public var write: Bool
    /// The prepared statement's run count after this execution (`SQLITE_STMTSTATUS_RUN`); nil in
    /// traces of older versions of the library.
    public var run: Int?
    /// The request in flight when the execution started, as Hundredfold numbered it in
    /// `HUNDREDFOLD_TRACE_REQUEST_FILE` (0 before the first); nil when no such file was named.
    public var request: Int?

    public init(
        pid: Int, conn: Int, sql: String, ns: Int64, rows: Int, bytes: Int, vm_steps: Int,
        fullscan_steps: Int = 0, sorts: Int = 0, autoindexes: Int = 0, changes: Int = 0,
        write: Bool = false, run: Int? = nil, request: Int? = nil
    ) {
        self.pid = pid
        self.conn = conn
        self.sql = sql
        self.ns = ns
        self.rows = rows
        self.bytes = bytes
        self.vm_steps = vm_steps
        self.fullscan_steps = fullscan_steps
        self.sorts = sorts
        self.autoindexes = autoindexes
        self.changes = changes
        self.write = write
        self.run = run
        self.request = request
    }

    /// For each of `statements` (in trace order), whether it continues a batch: it is the next
    /// run of the prepared statement its connection ran just before (same SQL, run count one
    /// higher) and a write, as `executemany` and a driver's batch send them. A read run again is
    /// a new round trip, since its program reads the rows before it asks again (an N+1 loop).
    public static func batchContinuations(_ statements: [TracedStatement]) -> [Bool] {
        var previous: [ConnectionKey: TracedStatement] = [:]
        return statements.map { statement in
            defer { previous[statement.connection] = statement }
            guard let before = previous[statement.connection], statement.write, before.write,
                statement.sql == before.sql, let run = statement.run, let runBefore = before.run
            else { return false }
            return run == runBefore + 1
        }
    }

    // MARK: - Decoding (zero counters and `write: false` are left out of the file)

    enum CodingKeys: String, CodingKey {
        case pid, conn, sql, ns, rows, bytes, vm_steps, fullscan_steps, sorts, autoindexes, changes, write,
            run, request
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pid = try container.decode(Int.self, forKey: .pid)
        conn = try container.decode(Int.self, forKey: .conn)
        sql = try container.decode(String.self, forKey: .sql)
        ns = try container.decode(Int64.self, forKey: .ns)
        rows = try container.decode(Int.self, forKey: .rows)
        bytes = try container.decode(Int.self, forKey: .bytes)
        vm_steps = try container.decode(Int.self, forKey: .vm_steps)
        fullscan_steps = try container.decodeIfPresent(Int.self, forKey: .fullscan_steps) ?? 0
        sorts = try container.decodeIfPresent(Int.self, forKey: .sorts) ?? 0
        autoindexes = try container.decodeIfPresent(Int.self, forKey: .autoindexes) ?? 0
        changes = try container.decodeIfPresent(Int.self, forKey: .changes) ?? 0
        write = try container.decodeIfPresent(Bool.self, forKey: .write) ?? false
        run = try container.decodeIfPresent(Int.self, forKey: .run)
        request = try container.decodeIfPresent(Int.self, forKey: .request)
    }
}

/// The tracer could not find SQLite in a process that called an open function.
public struct TraceErrorRecord: Sendable, Equatable, Decodable {
    public var pid: Int
    public var message: String

    public init(pid: Int, message: String) {
        self.pid = pid
        self.message = message
    }
}

/// A SQLite library loaded after start-up, in a process that traced no connection, that the
/// tracer's auto-extension hook was never registered in (a dlopen by bare name).
public struct UnhookedLibraryRecord: Sendable, Equatable, Decodable {
    public var pid: Int
    /// The library's absolute path; never copied into reports as is.
    public var library: String

    public init(pid: Int, library: String) {
        self.pid = pid
        self.library = library
    }
}
