/// Static detection over source files: the entry point of `hundredfold scan`.
///
/// `Scanner` is a value: create one per configuration and call ``scan(_:)-([SourceFile])`` (or
/// ``scan(_:)-(SourceFile)`` per file, from several threads).
public struct Scanner: Sendable {
    public var configuration: ScanConfiguration
    /// Templates of the repository rendered once per item (see ``PerItemTemplates``); a query in
    /// one of them is a query per item.
    public var perItemTemplates = PerItemTemplates()
    private let catalog: CallCatalog
    private let ignore: [Glob]

    public init(configuration: ScanConfiguration = .init()) {
        self.configuration = configuration
        catalog =
            configuration.extraCalls.isEmpty ? .standard : CallCatalog(extraCalls: configuration.extraCalls)
        ignore = configuration.ignore.map(Glob.init)
    }

    /// Findings of every file, sorted by path, line, column, rule.
    public func scan(_ files: [SourceFile]) -> [Finding] {
        files.flatMap(scan).sorted(by: Self.order)
    }

    /// Findings of one file in its changed lines (all lines when `changedLines` is nil), sorted.
    public func scan(_ file: SourceFile) -> [Finding] {
        if ignore.contains(where: { $0.matches(file.path) }) { return [] }
        let analyzed: AnalyzedFile
        let rules: [any Rule]
        if let dialect = TemplateDialect.detect(path: file.path, text: file.text) {
            var projection = TemplateProjection.project(file.text, dialect: dialect)
            projection.associations = perItemTemplates.rubyAssociations
            analyzed = AnalyzedFile(
                path: file.path, text: projection.text, language: dialect.host, catalog: catalog,
                template: projection, renderedPerItem: perItemTemplates.site(of: file.path))
            // Templates get the per-iteration rules (and suppressions); what a template lists
            // unbounded is its view's query, judged there.
            rules = RuleRegistry.all.filter {
                $0.description.languages.contains(dialect.host) && !$0.description.id.hasPrefix("HF2")
            }
        } else {
            let firstLine = file.text.prefix(200).split(separator: "\n", maxSplits: 1).first.map(String.init)
            guard let language = Language.detect(path: file.path, firstLine: firstLine) else { return [] }
            analyzed = AnalyzedFile(path: file.path, text: file.text, language: language, catalog: catalog)
            rules = RuleRegistry.all.filter { $0.description.languages.contains(language) }
        }
        var findings = rules.filter { $0.phase == .code }.flatMap { $0.check(analyzed) }
        let suppressions = analyzed.suppressions
        var used = Array(repeating: false, count: suppressions.count)
        findings.removeAll { finding in
            guard let index = suppressions.firstIndex(where: { $0.covers(finding) }) else { return false }
            used[index] = true
            return true
        }
        analyzed.suppressionUse = used
        findings += rules.filter { $0.phase == .suppressions }.flatMap { $0.check(analyzed) }
        if let changed = file.changedLines {
            findings = findings.filter {
                changed.contains($0.line) || $0.loop_line.map(changed.contains) == true
            }
        }
        var seen: Set<String> = []
        return findings.sorted(by: Self.order).filter {
            seen.insert("\($0.rule):\($0.line):\($0.column)").inserted
        }
    }

    static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        return lhs.rule < rhs.rule
    }
}
