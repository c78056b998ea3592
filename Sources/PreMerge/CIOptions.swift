import Foundation
import Reporting
import StaticScan

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
    /// A configuration file (relative to the working directory, or absolute) used for both sides
    /// instead of each side's `hundredfold.yml`; nil: each side's own.
    public var configPath: String?
    /// `--scales` and `--seed` passed to both sides' runs (nil: the scenarios' own).
    public var scales: [Int]?
    public var seed: UInt64?
    /// The lowest severity of a new finding that fails the job; nil: findings never fail it.
    public var failOn: Severity?
    /// A stored run report of the base (relative to the working directory, or absolute), or the
    /// reports of its shards, used instead of running the base's scenarios; empty: the base is run.
    public var baseReportPaths: [String]
    /// The same for the head (e.g. merged from a CI matrix); empty: the head is run.
    public var headReportPaths: [String]
    /// The `hundredfold` executable that runs each side's scenarios.
    public var executable: URL
    public var workingDirectory: URL
    /// Where the job's progress and its children's diagnostics go (the CLI passes stderr).
    public var log: @Sendable (String) -> Void

    public init(
        base: String, head: String?, outDirectory: String, budgetsFrom: BudgetSource, paths: [String],
        executable: URL, workingDirectory: URL, configPath: String? = nil, scales: [Int]? = nil,
        seed: UInt64? = nil, failOn: Severity? = .error, baseReportPaths: [String] = [],
        headReportPaths: [String] = [],
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.configPath = configPath
        self.scales = scales
        self.seed = seed
        self.failOn = failOn
        self.baseReportPaths = baseReportPaths
        self.headReportPaths = headReportPaths
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

extension CIOptions {
    /// The options both sides' `hundredfold run` get.
    var runOptions: [String] {
        (scales.map { ["--scales", $0.map(String.init).joined(separator: ",")] } ?? [])
            + (seed.map { ["--seed", String($0)] } ?? [])
    }
}

/// What the job found: the verdict, the Markdown summary it printed, and the files it wrote.
public struct CIResult: Sendable {
    public var verdict: Verdict
    public var summary: String
    /// The files written, relative to the working directory.
    public var files: [String]
}
