import Configuration
import DiffParsing
import Foundation
import Reporting
import ScanOutput
import StaticScan

/// The static scan of the change, run once: SARIF for code scanning, and the findings for the
/// summary, both rendered from the same report.
struct ChangeScanner {
    struct Result {
        var sarif: String
        var findings: [FindingLine]
    }

    /// Scans `mergeBase`…`head` (the working tree when `head` is nil) with the `hundredfold.yml`
    /// that `hundredfold scan` would use in `directory`.
    func scan(mergeBase: String, head: String?, in directory: URL) throws -> Result {
        let root = GitRepository.find(containing: directory)?.root
        let settings =
            try HundredfoldConfiguration.loadIfPresent(in: directory, orAtRepositoryRoot: root)
            ?? HundredfoldConfiguration()
        // The job leaves the working tree as it found it: its outputs go to --out-dir, and the
        // repository index is built afresh rather than cached in the repository.
        let job = ScanJob(
            input: .refs(base: mergeBase, head: head), configuration: settings.scan, directory: directory,
            indexCache: false)
        let report = try job.run(failOn: nil)
        let findings = report.findings.map {
            FindingLine(
                rule: $0.rule, severity: $0.severity.rawValue, path: $0.path, line: $0.line,
                column: $0.column, message: $0.message, hint: $0.hint, failing: $0.severity >= .error,
                sql: $0.sql)
        }
        return Result(sarif: ScanFormat.sarif.renderer.render(report), findings: findings)
    }
}
