import Foundation
import HundredfoldCore
import Reporting

/// The static scan of the change: SARIF for code scanning, and the findings for the summary.
struct ChangeScanner {
    var executable: URL

    struct Result {
        var sarif: String
        var findings: [FindingLine]
    }

    private struct ScanJSON: Decodable {
        struct Item: Decodable {
            var rule: String
            var severity: String
            var path: String
            var line: Int
            var column: Int
            var message: String
            var hint: String
            var sql: String?
        }
        var findings: [Item]
    }

    /// Scans `mergeBase`…`head` (the working tree when `head` is nil) in `directory`.
    func scan(mergeBase: String, head: String?, in directory: URL) throws -> Result {
        let range = ["--base", mergeBase] + (head.map { ["--head", $0] } ?? [])
        let sarif = try invoke(range + ["--format", "sarif", "--fail-on", "none"], in: directory)
        let json = try invoke(range + ["--format", "json", "--fail-on", "none"], in: directory)
        let decoded: ScanJSON
        do {
            decoded = try JSONDecoder().decode(ScanJSON.self, from: Data(json.utf8))
        } catch {
            throw PreMergeFailure(step: "hundredfold scan", message: "unreadable JSON: \(error)")
        }
        let findings = decoded.findings.map {
            FindingLine(
                rule: $0.rule, severity: $0.severity, path: $0.path, line: $0.line, column: $0.column,
                message: $0.message, hint: $0.hint, failing: $0.severity == "error", sql: $0.sql)
        }
        return Result(sarif: sarif, findings: findings)
    }

    private func invoke(_ arguments: [String], in directory: URL) throws -> String {
        let output = try ChildProcesses.run(executable, ["scan"] + arguments, in: directory)
        switch output.status {
        case 0, 1: return output.stdoutText
        case 2: throw PreMergeError.childRejectedInput(step: "hundredfold scan", message: output.stderrText)
        default:
            throw PreMergeFailure(
                step: "hundredfold scan", message: "exit \(output.status): \(output.stderrText)")
        }
    }
}
