import CInsertLoop
import Foundation
import HundredfoldCore
import ScenarioKit

// Data generation rows/second of the scenario runner against a plain C loop of prepared INSERTs
// into the same table in one transaction (same pragmas, same file system), both in this run.
// Time is this thread's CPU time (CLOCK_THREAD_CPUTIME_ID), which other processes on a shared
// machine disturb far less than wall-clock time; best of `repetitions`, the two sides
// interleaved. Prints both rates and their ratio (target ≥ 0.8).

// Usage: DataGenerationBenchmark [ROWS] [--check]; `--check` exits 1 when the ratio is below 0.8.
let arguments = CommandLine.arguments.dropFirst()
let rows = arguments.compactMap { Int($0) }.first ?? 500_000
let repetitions = 5
let schema = """
    CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, qty INTEGER, total REAL, status TEXT,
                        note TEXT, created TEXT);
    """
let here = SourceLocation(file: "benchmark.yml", line: 1, column: 1)
func column(_ name: String, _ generator: ColumnGenerator) -> ColumnSpec {
    ColumnSpec(name: name, generator: generator, location: here)
}
let scenario = Scenario(
    name: "data-generation", location: here,
    schema: [SQLScript(sql: schema, location: here, keyPath: "schema")],
    tables: [
        TableSpec(name: "users", rows: 1_000, fixed: true, columns: [], location: here),
        TableSpec(
            name: "orders", rows: rows, fixed: false,
            columns: [
                column("user_id", .reference(table: "users", column: "id", distribution: .zipf(s: 1.1))),
                column("qty", .integer(min: 1, max: 10, distribution: .uniform)),
                column("total", .real(min: 1, max: 500)),
                column(
                    "status",
                    .choice(values: [.text("new"), .text("paid"), .text("shipped")], weights: [1, 5, 2])),
                column("note", .text(minLength: 0, maxLength: 40)),
                column("created", .timestamp(from: 1_704_067_200, to: 1_751_284_800)),
            ], location: here),
    ],
    workload: Workload(params: [], steps: []), requests: .uniform(0), scales: [1], seed: 42, traffic: nil,
    pricing: nil, budgets: [], limits: Limits(timeLimitSeconds: 600, maxRowsPerScale: 50_000_000))

let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "hundredfold-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

var best = (c: Double.infinity, swift: Double.infinity)
for _ in 0..<repetitions {
    let path = directory.appendingPathComponent("c.sqlite").path
    best.c = min(best.c, seconds { precondition(hf_insert_loop(path, schema, Int64(rows)) == rows) })
    try? FileManager.default.removeItem(atPath: path)
    let runner = ScenarioRunner(options: RunOptions(temporaryDirectory: directory))
    best.swift = min(best.swift, try seconds { _ = try runner.run(scenario) })
}
let cRate = Double(rows) / best.c
let swiftRate = Double(rows + 1_000) / best.swift
print("rows: \(rows), best of \(repetitions), thread CPU time")
print("C loop of prepared INSERTs: \(Int(cRate)) rows/s")
print("hundredfold data generation: \(Int(swiftRate)) rows/s")
let ratio = swiftRate / cRate
print("ratio: \((ratio * 100).rounded() / 100) (target ≥ 0.8)")
if arguments.contains("--check"), ratio < 0.8 {
    print("FAIL: data generation is below 80% of the C loop")
    exit(1)
}
