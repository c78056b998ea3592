import Foundation

// Tracing overhead on a query-heavy real program: python3 (standard library sqlite3) running
// `queries` primary-key lookups, run untraced and traced with the preload library, alternating,
// in this one run. Reports the best wall time of each (the whole process, interpreter start
// included), their ratio (target < 1.10) and the cost per traced statement, for two databases:
// a file (what a `command:` step gets; the target applies here) and `:memory:`, the worst case,
// where a lookup costs no I/O at all and the tracer's fixed cost per statement shows most.
// The trace must hold exactly one record per lookup: a count that does not drift.
// Then the start-up cost per traced process (StartupCost.swift; target at most 2 ms); `startup`
// measures only that.
//
//   swift run -c release --package-path Benchmarks TraceOverhead [QUERIES] [REPETITIONS]
//   swift run -c release --package-path Benchmarks TraceOverhead startup [RUNS]

let startupOnly = CommandLine.arguments.dropFirst().first == "startup"
let numbers = CommandLine.arguments.dropFirst(startupOnly ? 2 : 1)
let queries = Int(numbers.first ?? "") ?? 200_000
let repetitions = Int(numbers.dropFirst().first ?? "") ?? 5
let startupRuns = startupOnly ? Int(numbers.first ?? "") ?? 400 : 400

let program = """
    import os, sqlite3, sys
    db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
    if sys.argv[1] == "setup" or os.environ["HUNDREDFOLD_DB"] == ":memory:":
        db.execute("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, price REAL)")
        db.executemany("INSERT INTO items VALUES (?, ?, ?)", ((i, "item %d" % i, i * 0.5) for i in range(10000)))
        db.commit()
    if sys.argv[1] != "setup":
        total = 0.0
        for i in range(int(sys.argv[1])):
            total += db.execute("SELECT price FROM items WHERE id = ?", (i * 7919 % 10000,)).fetchone()[0]
        print(total)
    """

// MARK: - Setup

let library = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("libHundredfoldTrace.so")
guard FileManager.default.fileExists(atPath: library.path) else {
    FileHandle.standardError.write(Data("libHundredfoldTrace.so not found at \(library.path)\n".utf8))
    exit(2)
}
let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "hundredfold-trace-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let script = directory.appendingPathComponent("lookups.py")
try Data(program.utf8).write(to: script)
let database = directory.appendingPathComponent("items.db")
let trace = directory.appendingPathComponent("trace.ndjson")

/// Runs the program through `/usr/bin/env python3` and returns its wall time in seconds.
func run(_ arguments: [String], traced: Bool, database: String) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["HUNDREDFOLD_DB"] = database
    if traced {
        environment["LD_PRELOAD"] = library.path
        environment["HUNDREDFOLD_TRACE_FILE"] = trace.path
    }
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    let start = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    let elapsed = ContinuousClock.now - start
    guard process.terminationStatus == 0 else {
        FileHandle.standardError.write(Data("python3 failed with status \(process.terminationStatus)\n".utf8))
        exit(1)
    }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Prints the start-up cost per traced process against its 2 ms target.
func reportStartupCost() {
    let cost = StartupCost(library: library, trace: trace, runs: startupRuns).measure()
    print(
        String(
            format:
                "start-up, median of %d runs each: untraced: %.3f ms   traced: %.3f ms   difference: %+.3f ms (ratio %.3f)",
            startupRuns, cost.untraced * 1e3, cost.traced * 1e3, cost.difference * 1e3, cost.ratio))
    print(cost.difference <= 0.002 ? "start-up: within the 2 ms target" : "start-up: ABOVE the 2 ms target")
}

if startupOnly {
    reportStartupCost()
    exit(0)
}

_ = try run(["setup"], traced: false, database: database.path)

// MARK: - Measuring

/// Untraced and traced runs alternating; prints the best of each and their ratio.
func compare(_ label: String, database: String) throws -> Double {
    var untraced: [Double] = []
    var traced: [Double] = []
    for _ in 0..<repetitions {
        untraced.append(try run([String(queries)], traced: false, database: database))
        try? FileManager.default.removeItem(at: trace)
        traced.append(try run([String(queries)], traced: true, database: database))
    }
    let records = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
        .filter { $0.contains("\"type\":\"stmt\"") && $0.contains("FROM items WHERE id") }.count
    guard records == queries else {
        FileHandle.standardError.write(Data("expected \(queries) traced lookups, found \(records)\n".utf8))
        exit(1)
    }
    let best = (untraced: untraced.min() ?? 0, traced: traced.min() ?? 0)
    let ratio = best.traced / best.untraced
    let perStatement = (best.traced - best.untraced) / Double(queries) * 1e9
    print(
        String(
            format: "%@  untraced: %.3f s   traced: %.3f s   ratio: %.3f (%+.1f%%)   per statement: %.0f ns",
            label, best.untraced, best.traced, ratio, (ratio - 1) * 100, perStatement))
    return ratio
}

print(
    "\(queries) point queries, best of \(repetitions) runs each; traced records checked: \(queries) per run")
let fileRatio = try compare("file db  ", database: database.path)
_ = try compare(":memory: ", database: ":memory:")
print(fileRatio < 1.10 ? "file database: within the 10% target" : "file database: ABOVE the 10% target")
reportStartupCost()
