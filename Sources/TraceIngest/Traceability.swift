import Foundation

/// Why a program's database work could not be measured. Reported as such, never as zero queries.
public enum Untraceable: Error, Sendable, Equatable, CustomStringConvertible {
    /// No process of the command loaded the preload library: a statically linked executable, a
    /// setuid program, or a command that cleared `LD_PRELOAD`.
    case preloadNotLoaded
    /// A program of the command is a statically linked executable: the preload cannot load into it.
    case staticExecutable(programs: [String])
    /// A program of the command has SQLite compiled in (linked statically), so its calls never
    /// reach the shared libsqlite3 the tracer hooks.
    case sqliteLinkedStatically(programs: [String])
    /// The tracer was loaded but found no SQLite library to call.
    case tracerFailed(message: String)
    /// A program loaded SQLite after start-up in a way the tracer's hooks never reached (a dlopen by
    /// bare name whose handle gives SQLite's functions), and no connection was traced.
    case sqliteLoadedPastTracer(programs: [String], libraries: [String])
    /// The database file changed although no traced connection opened it: something other than the
    /// system's libsqlite3 wrote it.
    case databaseChangedUntraced
    /// Connections were opened, but none to the scenario's database (`HUNDREDFOLD_DB`).
    case otherDatabasesOnly(files: [String])
    /// The tracer ran in every process, and none opened a database.
    case noDatabaseOpened(programs: [String])

    public var description: String {
        switch self {
        case .preloadNotLoaded:
            "no process of the command loaded the tracing library (a statically linked executable, a setuid program, or LD_PRELOAD cleared)"
        case .staticExecutable(let programs):
            "\(programs.joined(separator: ", ")) is statically linked, so the tracing library cannot be loaded into it; link it dynamically against the system's libsqlite3"
        case .sqliteLinkedStatically(let programs):
            "SQLite is linked statically into \(programs.joined(separator: ", ")), so its statements cannot be traced; link it against the system's libsqlite3"
        case .tracerFailed(let message):
            "the tracing library could not find SQLite: \(message)"
        case .sqliteLoadedPastTracer(let programs, let libraries):
            "\(programs.joined(separator: ", ")) loaded \(libraries.joined(separator: ", ")) after start-up past the tracing library (a dlopen by bare name whose handle gives SQLite's functions), so its connections could not be traced; load SQLite by its path, or link the program against it"
        case .databaseChangedUntraced:
            "the database file was changed, but not through the system's libsqlite3 (SQLite linked statically, or another library)"
        case .otherDatabasesOnly(let files):
            "the program opened \(files.joined(separator: ", ")) but never the scenario's database; open the file named by HUNDREDFOLD_DB"
        case .noDatabaseOpened(let programs):
            "no database was opened (processes traced: \(programs.joined(separator: ", "))); open the file named by HUNDREDFOLD_DB"
        }
    }
}

/// Decides whether a command's trace measures its work on the scenario's database.
public enum Traceability {
    /// The statements run on connections to `database`, or why there are none to measure.
    ///
    /// - Parameters:
    ///   - log: the command's trace.
    ///   - database: the database copy the command was given (`HUNDREDFOLD_DB`).
    ///   - databaseChanged: whether the file's size or modification time changed during the run.
    ///   - programs: executables the command is known to run (its first word, found on `PATH`);
    ///     a statically linked one never shows up in the trace.
    public static func statements(
        in log: TraceLog, database: URL, databaseChanged: Bool, programs: [String] = []
    ) -> Result<[TracedStatement], Untraceable> {
        let target = canonicalPath(database.path)
        let connections = Set(
            log.opens.filter { $0.rc == 0 && $0.traced && canonicalPath($0.file) == target }
                .map { $0.connection })
        if !connections.isEmpty {
            return .success(
                log.statements.filter { connections.contains($0.connection) })
        }
        if let error = log.errors.first { return .failure(.tracerFailed(message: error.message)) }
        let executables = Set(log.processes.map(\.exe)).sorted()
        let inspected = Set(executables + programs).sorted()
        let embedding = inspected.filter(ExecutableInspection.embedsSQLite(at:))
        if !embedding.isEmpty { return .failure(.sqliteLinkedStatically(programs: names(embedding))) }
        let staticPrograms = programs.filter(ExecutableInspection.isStaticELF(at:))
        if !staticPrograms.isEmpty { return .failure(.staticExecutable(programs: names(staticPrograms))) }
        if executables.isEmpty { return .failure(.preloadNotLoaded) }
        if let unhooked = unhookedLibraries(in: log) { return .failure(unhooked) }
        if databaseChanged { return .failure(.databaseChangedUntraced) }
        if !log.opens.isEmpty { return .failure(.otherDatabasesOnly(files: names(log.opens.map(\.file)))) }
        return .failure(.noDatabaseOpened(programs: names(executables)))
    }

    // MARK: - Helpers

    /// The SQLite libraries the tracer's hooks never reached, with the programs that loaded them: a
    /// process record's executable holds for its pid until the next one (`exec`).
    private static func unhookedLibraries(in log: TraceLog) -> Untraceable? {
        var executableByPid: [Int: String] = [:]
        var programs: [String] = []
        var libraries: [String] = []
        for record in log.records {
            switch record {
            case .process(let process): executableByPid[process.pid] = process.exe
            case .unhooked(let unhooked):
                programs.append(executableByPid[unhooked.pid] ?? "")
                libraries.append(unhooked.library)
            default: break
            }
        }
        if libraries.isEmpty { return nil }
        return .sqliteLoadedPastTracer(
            programs: names(programs.filter { !$0.isEmpty }), libraries: names(libraries))
    }

    private static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// File names only: reports never carry the machine's absolute paths.
    private static func names(_ paths: [String]) -> [String] {
        Set(paths.map { $0.isEmpty ? ":memory:" : URL(fileURLWithPath: $0).lastPathComponent }).sorted()
    }
}

/// A connection of one traced process.
struct ConnectionKey: Hashable {
    var pid: Int
    var conn: Int
}

extension OpenRecord {
    var connection: ConnectionKey { ConnectionKey(pid: pid, conn: conn) }
}

extension TracedStatement {
    var connection: ConnectionKey { ConnectionKey(pid: pid, conn: conn) }
}
