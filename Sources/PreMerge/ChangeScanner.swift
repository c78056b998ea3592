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

    /// Scans `mergeBase`…`head` (the working tree when `head` is nil) with `configuration`, or
    /// when nil the `hundredfold.yml` that `hundredfold scan` would use in `directory`; findings at
    /// or above `failOn` fail the job.
    func scan(
        mergeBase: String, head: String?, in directory: URL, configuration: HundredfoldConfiguration?,
        failOn: Severity?
    ) throws -> Result {
        let root = GitRepository.find(containing: directory)?.root
        let settings =
            try configuration ?? HundredfoldConfiguration.loadIfPresent(
                in: directory, orAtRepositoryRoot: root)
            ?? HundredfoldConfiguration()
        // The job leaves the working tree as it found it: its outputs go to --out-dir, and the
        // repository index is built afresh rather than cached in the repository.
        let job = ScanJob(
            input: .refs(base: mergeBase, head: head), configuration: settings.scan, directory: directory,
            indexCache: false)
        let report = try job.run(failOn: nil)
        let findings = report.findings.map { finding in
            FindingLine(
                rule: finding.rule, severity: finding.severity.rawValue, path: finding.path,
                line: finding.line,
                column: finding.column, message: finding.message, hint: finding.hint,
                failing: failOn.map { finding.severity >= $0 } ?? false, sql: finding.sql)
        }
        return Result(sarif: ScanFormat.sarif.renderer.render(report), findings: findings)
    }
}
