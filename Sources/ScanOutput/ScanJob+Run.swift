import Foundation
import StaticScan

// MARK: - Scanning

extension ScanJob {
    /// Reads the input, scans it with the rules of ``RuleRegistry``, and returns the report whose
    /// verdict `failOn` decides (nil never fails). Files are scanned in parallel, one per core;
    /// the report's order does not depend on which finishes first.
    public func run(failOn: Severity?) throws -> ScanReport {
        let sources = try sources()
        let files = sources.files.filter { file in
            if TemplateDialect.detect(path: file.path, text: file.text) != nil { return true }
            let firstLine = file.text.prefix(200).split(separator: "\n", maxSplits: 1).first.map(String.init)
            return Language.detect(path: file.path, firstLine: firstLine) != nil
        }
        var configured = Scanner(configuration: configuration, repository: try repositoryIndex(for: sources))
        configured.perItemTemplates = perItemTemplates(for: sources)
        let scanner = configured
        let results = ParallelSlots<StaticScan.Scanner.FileOutcome?>(count: files.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, scanner.scanReportingSkip(files[index]))
        }
        let outcomes = results.all
        var skipped = sources.skipped
        for (file, outcome) in zip(files, outcomes) {
            if let reason = outcome?.skipReason {
                skipped.append(SkippedFile(path: file.path, reason: reason))
            }
        }
        return ScanReport(
            findings: outcomes.flatMap { $0?.findings ?? [] }, rules: RuleInfo.registry,
            filesScanned: files.count, skipped: skipped, failOn: failOn)
    }
}

extension RuleInfo {
    /// Every rule of ``RuleRegistry``, in ID order.
    public static var registry: [RuleInfo] {
        RuleRegistry.all.map { RuleInfo($0) }
    }

    /// The renderer's view of a rule: its description, its topic and its first bad and good example.
    public init(_ rule: any Rule) {
        let description = rule.description
        self.init(
            id: description.id, name: description.name, severity: description.severity,
            summary: description.summary, explanation: description.explanation, hint: description.hint,
            topic: rule.phase == .suppressions ? .suppression : .performance,
            languages: description.languages,
            badExample: description.triggeringExamples.first,
            goodExample: description.nonTriggeringExamples.first)
    }
}
