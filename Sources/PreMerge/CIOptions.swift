import Foundation
import Reporting

/// What `hundredfold ci` was asked to do.
public struct CIOptions: Sendable {
    /// The branch or commit the change will be merged into (`origin/main`).
    public var base: String
    /// The change's commit; nil means the working tree as it is.
    public var head: String?
    /// Where the outputs go: absolute, or relative to the working directory.
    public var outDirectory: String
    public var budgetsFrom: BudgetSource
    /// Scenario files or folders, relative to the repository root (default `Scenarios/`).
    public var paths: [String]
    /// The `hundredfold` executable that runs each side's scenarios.
    public var executable: URL
    public var workingDirectory: URL
    /// Where the job's progress and its children's diagnostics go (the CLI passes stderr).
    public var log: @Sendable (String) -> Void

    public init(
        base: String, head: String?, outDirectory: String, budgetsFrom: BudgetSource, paths: [String],
        executable: URL, workingDirectory: URL,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.base = base
        self.head = head
        self.outDirectory = outDirectory
        self.budgetsFrom = budgetsFrom
        self.paths = paths
        self.executable = executable
        self.workingDirectory = workingDirectory
        self.log = log
    }
}

/// What the job found: the verdict, the Markdown summary it printed, and the files it wrote.
public struct CIResult: Sendable {
    public var verdict: Verdict
    public var summary: String
    /// The files written, relative to the working directory.
    public var files: [String]
}
