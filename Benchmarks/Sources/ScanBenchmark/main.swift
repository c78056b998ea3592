import Foundation

// ScanBenchmark: the static scan's two performance targets (issue 3), measured in one run.
//   (a) `scan --all` over Django's Python source vs semgrep with one equivalent rule (target ≥ 20×)
//   (b) `scan --diff` of a generated 1,000-line change (target < 100 ms, process start included)
// Usage: swift build -c release && swift run -c release --package-path Benchmarks ScanBenchmark [diff]
// Environment: HUNDREDFOLD_BIN, SEMGREP, DJANGO_SRC override where the tools and Django come from.

let workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
    "hundredfold-scan-bench-\(UUID().uuidString)")
do {
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: workspace) }
    let hundredfold = try Tools.hundredfold()
    let diff = try DiffBenchmark.run(workspace: workspace, hundredfold: hundredfold)
    print(
        String(
            format:
                "diff scan: %d added lines in %d files, %.1f ms (best of 5, process start included), %d findings; target < 100 ms",
            diff.changedLines, diff.files, diff.seconds * 1000, diff.findings))
    if !CommandLine.arguments.contains("diff") {
        let semgrep = try Tools.semgrep()
        let django = try DjangoBenchmark.run(workspace: workspace, hundredfold: hundredfold, semgrep: semgrep)
        print(String(format: "Django: %d Python files, %d lines", django.files, django.lines))
        print(
            String(
                format: "  hundredfold scan --all: %.2f s (best of 3), %d findings",
                django.hundredfoldSeconds, django.hundredfoldFindings))
        print(
            String(
                format: "  semgrep (1 rule): %.2f s, %d findings", django.semgrepSeconds,
                django.semgrepFindings))
        print(
            String(
                format: "  ratio: %.1f× faster; target ≥ 20×",
                django.semgrepSeconds / django.hundredfoldSeconds))
    }
} catch {
    FileHandle.standardError.write(Data("ScanBenchmark: \(error)\n".utf8))
    exit(2)
}
