import Foundation
import TestSupport
import TraceIngest

/// Runs a real program with the built preload library and reads back its trace.
enum TracedProgram {
    struct Outcome {
        var result: HundredfoldBinary.Result
        var log: TraceLog
    }

    /// `libHundredfoldTrace.so` in the build products folder, next to the `hundredfold` executable.
    static var library: URL {
        HundredfoldBinary.productsDirectory.appendingPathComponent("libHundredfoldTrace.so")
    }

    /// The fixture named `name`, beside these tests.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The python3 the tests run: `$HUNDREDFOLD_PYTHON` or the first `python3` on `PATH`.
    static var python: URL {
        if let override = ProcessInfo.processInfo.environment["HUNDREDFOLD_PYTHON"] {
            return URL(fileURLWithPath: override)
        }
        return which("python3") ?? URL(fileURLWithPath: "/usr/bin/python3")
    }

    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map {
            URL(fileURLWithPath: String($0)).appendingPathComponent(name)
        }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `executable arguments` in `directory` with the tracer preloaded, writing the trace to a
    /// fresh file in `directory`.
    static func run(
        _ executable: URL, _ arguments: [String], in directory: TemporaryDirectory,
        environment: [String: String] = [:]
    ) throws -> Outcome {
        let traceFile = directory.url.appendingPathComponent("trace-\(UUID().uuidString).ndjson")
        var env = environment
        env["LD_PRELOAD"] = library.path
        env["HUNDREDFOLD_TRACE_FILE"] = traceFile.path
        let result = try ChildProcess.run(executable, arguments, in: directory.url, environment: env)
        return Outcome(result: result, log: try TraceLog(contentsOf: traceFile))
    }

    /// Runs without the tracer, for comparing output.
    static func runUntraced(
        _ executable: URL, _ arguments: [String], in directory: TemporaryDirectory,
        environment: [String: String] = [:]
    ) throws -> HundredfoldBinary.Result {
        try ChildProcess.run(executable, arguments, in: directory.url, environment: environment)
    }

    /// How a compiled C program gets SQLite.
    enum SQLiteLinking {
        /// Linked against the shared libsqlite3.
        case shared
        /// libsqlite3.a compiled in.
        case `static`
        /// Not linked: the program loads it with dlopen itself.
        case none
    }

    /// Compiles C `source` with the system compiler. Returns the executable.
    static func compileC(
        _ source: URL, named name: String, in directory: TemporaryDirectory, sqlite: SQLiteLinking = .shared
    )
        throws -> URL
    {
        let output = directory.url.appendingPathComponent(name)
        let compiler = which("cc") ?? URL(fileURLWithPath: "/usr/bin/cc")
        let libraries: [String] =
            switch sqlite {
            case .shared: ["-lsqlite3"]
            case .static: ["-Wl,-Bstatic", "-lsqlite3", "-Wl,-Bdynamic", "-lm", "-lpthread", "-ldl"]
            case .none: ["-ldl"]
            }
        let result = try ChildProcess.run(compiler, [source.path, "-o", output.path] + libraries)
        guard result.exitCode == 0 else { throw CompileFailure(output: result.stderr) }
        return output
    }

    struct CompileFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "compilation failed: \(output)" }
    }
}

extension TraceLog {
    /// The SQL of each statement, trimmed, in order.
    var sql: [String] { statements.map { $0.sql.trimmingCharacters(in: .whitespacesAndNewlines) } }
}
