import Foundation

/// The command-line interface these tests assume where PRODUCT.md and issue 14 are silent. Every
/// guess about spelling lives here, one function each, so it can be aligned in one place; the
/// tests' assertions do not depend on it.
enum Interface {
    /// `hundredfold run PATHS --shard I/N`, writing the JSON report to `out` (README "Commands":
    /// `--out FILE` writes the report in the format its extension names) and printing JSON.
    static func shardRun(_ paths: [String], shard: String, out: String, extra: [String] = []) -> [String] {
        ["run"] + paths + ["--shard", shard, "--format", "json", "--out", out] + extra
    }

    /// An unsharded `hundredfold run PATHS` writing the same JSON report.
    static func fullRun(_ paths: [String], out: String, extra: [String] = []) -> [String] {
        ["run"] + paths + ["--format", "json", "--out", out] + extra
    }

    /// Balances shards by the durations in a previous report: `--timings PREVIOUS.json`.
    static func timings(_ previousReport: String) -> [String] { ["--timings", previousReport] }

    /// `hundredfold merge A.json B.json ... --out report.json`.
    static func merge(_ reports: [String], out: String) -> [String] {
        ["merge"] + reports + ["--out", out]
    }

    /// Whether a report key holds a timing figure, left out when reports are compared ("the same as
    /// an unsharded run, byte for byte apart from latency"): `latency_ms`, the growth of the
    /// latency figures, `latency_samples_ms`, and any duration the sharding adds.
    static func isTimingKey(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return ["latency", "duration", "_ms", "elapsed", "timing"].contains { lowered.contains($0) }
    }

    /// `hundredfold ci` given shard reports instead of running the scenarios: every shard report of
    /// the base and of the head, one option each.
    static func ciShardReports(base: [String], head: [String]) -> [String] {
        base.flatMap { ["--base-report", $0] } + head.flatMap { ["--head-report", $0] }
    }

    /// Whether a line of `summary.md` is compared between the single job and the sharded one. Left
    /// out: lines with timing figures (noisy by nature) and the lines naming where the base and head
    /// came from (`Compared … → …`, `### Key figures (… → …)`), which may say "shard reports".
    static func isComparedSummaryLine(_ line: String) -> Bool {
        let lowered = line.lowercased()
        let timing = ["latency", "p50", "p95", "p99", " ms", "noise", "slower", "faster"]
        let namesTheSides = line.hasPrefix("Compared ") || (line.hasPrefix("#") && line.contains("→"))
        return !timing.contains { lowered.contains($0) } && !namesTheSides
    }

    /// `hundredfold init` asked for a sharded CI workflow: a 3-way matrix job of `run --shard`
    /// and a job that merges the shard reports.
    static func initShardedWorkflow(shards: Int) -> [String] { ["init", "--shards", String(shards)] }
}
