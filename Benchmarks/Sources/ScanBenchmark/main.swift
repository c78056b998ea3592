import Foundation

// ScanBenchmark: the static scan's two performance targets (issue 3), measured in one run, and
// one large generated file (super-linear work per file shows up there first).
//   (a) `scan --all` over Django's Python source vs semgrep with one equivalent rule (target ≥ 20×)
//   (b) `scan --diff` of a generated 1,000-line change (target < 100 ms, process start included)
//   (c) `large-file`: `scan --all` over one Python file of 3,000 small functions (time printed)
//   (d) `warm`: `scan --base HEAD` after a one-line change in a generated 5,000-file repository,
//       cold and with the index cache warm (targets < 5 s and < 300 ms)
// Usage: swift build -c release && swift run -c release --package-path Benchmarks ScanBenchmark
//        [diff | large-file | warm]   (one alone; no argument runs all four)
// Environment: HUNDREDFOLD_BIN, SEMGREP, DJANGO_SRC override where the tools and Django come from.

let workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
    "hundredfold-scan-bench-\(UUID().uuidString)")
do {
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: workspace) }
    let hundredfold = try Tools.hundredfold()
    if CommandLine.arguments.contains("large-file") {
        print(try LargeFileBenchmark.run(workspace: workspace, hundredfold: hundredfold).summary)
    } else if CommandLine.arguments.contains("warm") {
        print(try WarmScanBenchmark.run(workspace: workspace, hundredfold: hundredfold).summary)
    } else {
        try compareTargets(workspace: workspace, hundredfold: hundredfold)
    }
} catch {
    FileHandle.standardError.write(Data("ScanBenchmark: \(error)\n".utf8))
    exit(2)
}

/// (a)–(d): the diff scan, then (unless `diff`) the large file, the warm diff scan and Django vs
/// semgrep.
func compareTargets(workspace: URL, hundredfold: String) throws {
    let diff = try DiffBenchmark.run(workspace: workspace, hundredfold: hundredfold)
    print(
        String(
            format:
                "diff scan: %d added lines in %d files, %.1f ms wall (best of 5, process start included), "
                + "%.1f ms CPU, %d findings; target < 100 ms",
            diff.changedLines, diff.files, diff.seconds * 1000, diff.cpuSeconds * 1000, diff.findings))
    if !CommandLine.arguments.contains("diff") {
        print(try LargeFileBenchmark.run(workspace: workspace, hundredfold: hundredfold).summary)
        print(try WarmScanBenchmark.run(workspace: workspace, hundredfold: hundredfold).summary)
        let semgrep = try Tools.semgrep()
        let django = try DjangoBenchmark.run(workspace: workspace, hundredfold: hundredfold, semgrep: semgrep)
        print(String(format: "Django: %d Python files, %d lines", django.files, django.lines))
        print(
            String(
                format: "  hundredfold scan --all: %.2f s wall (best of 3), %.2f s CPU, %d findings",
                django.hundredfoldSeconds, django.hundredfoldCPUSeconds, django.hundredfoldFindings))
        print(
            String(
                format: "  semgrep (1 rule):       %.2f s wall, %.2f s CPU, %d findings",
                django.semgrepSeconds,
                django.semgrepCPUSeconds, django.semgrepFindings))
        print(
            String(
                format: "  ratio: %.1f× faster (wall), %.1f× less CPU; target ≥ 20×",
                django.semgrepSeconds / django.hundredfoldSeconds,
                django.semgrepCPUSeconds / django.hundredfoldCPUSeconds))
    }
}
