import Configuration
import Foundation
import HundredfoldCore
import Reporting

/// The pre-merge job: merge-base of the base ref and the head; scan of that diff; the scenarios
/// run on the merge-base (in a temporary git worktree, removed on every way out) and on the head;
/// the comparison with the base branch's budgets (or the head's); every output written atomically.
public enum CIJob {
    public static func run(_ options: CIOptions) throws -> CIResult {
        let cwd = options.workingDirectory
        let root: URL
        do {
            root = URL(fileURLWithPath: try ChildProcesses.git(["rev-parse", "--show-toplevel"], in: cwd))
        } catch {
            throw PreMergeError.notAGitRepository(directory: ".")
        }
        let headCommit = try commit(options.head ?? "HEAD", option: "--head", in: cwd)
        let baseCommit = try commit(options.base, option: "--base", in: cwd)
        let mergeBase: String
        do {
            mergeBase = try ChildProcesses.git(["merge-base", baseCommit, headCommit], in: cwd)
        } catch {
            throw PreMergeError.noMergeBase(base: options.base, head: options.head ?? "HEAD")
        }

        // Scratch folders of jobs killed outright, and the worktrees registered in them, go first.
        Leftovers.sweep(prefixes: ["hundredfold-ci"])
        _ = try? ChildProcesses.git(["worktree", "prune"], in: cwd)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent(Leftovers.name("hundredfold-ci"), isDirectory: true)
        // Runs last on an interrupt: after the children are stopped and the worktrees removed.
        let log = options.log
        let cleanup = SignalCleanup.onInterrupt {
            try? FileManager.default.removeItem(at: scratch)
            log("hundredfold: interrupted; temporary worktree removed\n")
        }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer {
            SignalCleanup.remove(cleanup)
            try? FileManager.default.removeItem(at: scratch)
        }

        let configuration = try options.configPath.map {
            try HundredfoldConfiguration.load(
                from: resolved($0, in: cwd, isDirectory: false), displayPath: $0)
        }
        let scan = try ChangeScanner().scan(
            mergeBase: mergeBase, head: options.head, in: cwd, configuration: configuration,
            failOn: options.failOn)
        let runner = SideRunner(
            executable: options.executable, scratch: scratch, log: options.log, runOptions: options.runOptions
        )
        let paths = options.paths.isEmpty ? ["Scenarios"] : options.paths

        let baseTree = try Worktree(repository: root, commit: mergeBase, scratch: scratch, name: "base")
        defer { baseTree.remove() }
        let baseDirectory = baseTree.path
        var baseNote: String?
        let baseReport: RunReport
        if !options.baseReportPaths.isEmpty {
            baseReport = try StoredReports.read(options.baseReportPaths, in: cwd)
        } else {
            // A base whose scenarios do not load is not the change's fault: its scenarios count as added.
            do {
                baseReport = try runner.run(side: "base", paths: paths, in: baseDirectory)
            } catch PreMergeError.childRejectedInput {
                baseReport = RunReport(scenarios: [])
                baseNote =
                    " The base's scenarios could not be run (see the log); every scenario counts as added."
            }
        }

        var headDirectory = root
        var headTree: Worktree?
        if options.head != nil {
            let tree = try Worktree(repository: root, commit: headCommit, scratch: scratch, name: "head")
            headTree = tree
            headDirectory = tree.path
        }
        defer { headTree?.remove() }
        // Named paths must exist on the head, and the head must have a scenario: a gate that ran
        // nothing would pass.
        let headReport =
            options.headReportPaths.isEmpty
            ? try runner.run(side: "head", paths: paths, in: headDirectory, required: !options.paths.isEmpty)
            : try StoredReports.read(options.headReportPaths, in: cwd)
        if headReport.scenarios.isEmpty { throw PreMergeError.noScenarios(paths: paths) }
        if !options.baseReportPaths.isEmpty {
            baseNote = StoredBase.note(
                file: StoredReports.label(options.baseReportPaths), base: baseReport, head: headReport)
        }

        let budgetDirectory = options.budgetsFrom == .base ? baseDirectory : headDirectory
        let budgets =
            try (configuration ?? HundredfoldConfiguration.loadIfPresent(in: budgetDirectory))?.budgets
            ?? BudgetConfiguration()
        var comparison = ReportComparator.compare(
            base: baseReport, head: headReport, budgetsFrom: options.budgetsFrom,
            resolve: { name, declared in budgets.budgets(forScenario: name, own: declared) })
        comparison.base_commit = mergeBase
        comparison.head_commit = headCommit

        let baseLabel =
            options.baseReportPaths.isEmpty
            ? "\(options.base) (merge-base \(mergeBase.prefix(7)))"
            : "\(StoredReports.label(options.baseReportPaths)) (stored base)"
        let headLabel =
            options.headReportPaths.isEmpty
            ? options.head.map { "\($0) (\(headCommit.prefix(7)))" }
                ?? "working tree (\(headCommit.prefix(7)))"
            : "\(StoredReports.label(options.headReportPaths)) (stored head, \(headCommit.prefix(7)))"
        // Static meets dynamic: a finding whose statement the head's scenarios repeated is confirmed.
        let findings = scan.findings.map { $0.confirmed(by: headReport) }
        var document = ComparisonDocument(
            comparison: comparison, findings: findings, baseLabel: baseLabel, headLabel: headLabel)
        document.links = RepositoryLinks.links(commit: headCommit, in: cwd)
        document.generated = Date()
        let context =
            "Compared \(MarkdownText.code(baseLabel)) → \(MarkdownText.code(headLabel))." + (baseNote ?? "")
        let summary = PullRequestSummary(context: context).render(document)
        let outputs: [(String, Data)] = [
            ("report.json", try ReportJSON.encode(headReport)),
            ("base-report.json", try ReportJSON.encode(baseReport)),
            ("compare.json", Data(try ComparisonJSON().render(document).utf8)),
            ("summary.md", Data(summary.utf8)),
            ("report.html", Data(HTMLReport().render(document).utf8)),
            ("scan.sarif", Data(scan.sarif.utf8)),
        ]
        let files = try CIOutputs.write(
            into: resolved(options.outDirectory, in: cwd, isDirectory: true),
            displayFolder: options.outDirectory,
            outputs: outputs)
        try CIOutputs.appendStepSummary(summary)
        return CIResult(verdict: document.verdict, summary: summary, files: files)
    }

    /// `path` as given when absolute, else relative to `directory` (Foundation joins even an
    /// absolute path onto a base URL).
    static func resolved(_ path: String, in directory: URL, isDirectory: Bool) -> URL {
        path.hasPrefix("/")
            ? URL(fileURLWithPath: path, isDirectory: isDirectory)
            : directory.appendingPathComponent(path, isDirectory: isDirectory)
    }

    /// The full commit id of `ref`, or an error naming the ref and the `option` that gave it.
    static func commit(_ ref: String, option: String, in directory: URL) throws -> String {
        do {
            return try ChildProcesses.git(
                ["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"], in: directory)
        } catch let failure as GitCommandFailure {
            throw PreMergeError.unknownRef(
                option: option, ref: ref,
                message: failure.message.isEmpty ? "no such commit" : failure.message)
        }
    }
}
