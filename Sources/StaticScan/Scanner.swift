/// Static detection over source files: the entry point of `hundredfold scan`.
///
/// `Scanner` is a value: create one per configuration and call ``scan(_:)-([SourceFile])`` (or
/// ``scan(_:)-(SourceFile)`` per file, from several threads).
public struct Scanner: Sendable {
    public var configuration: ScanConfiguration
    private let catalog: CallCatalog
    private let ignore: [Glob]
    private let tests: TestPaths
    /// Templates of the repository rendered once per item (see ``PerItemTemplates``); a query in
    /// one of them is a query per item.
    public var perItemTemplates = PerItemTemplates()
    /// What the repository around the scanned files knows; nil reads each file alone.
    public var repository: (any RepositoryKnowledge)?

    public init(configuration: ScanConfiguration = .init(), repository: (any RepositoryKnowledge)? = nil) {
        self.configuration = configuration
        self.repository = repository
        catalog =
            configuration.extraCalls.isEmpty ? .standard : CallCatalog(extraCalls: configuration.extraCalls)
        ignore = configuration.ignore.map(Glob.init)
        tests = TestPaths(
            extra: configuration.testPaths, includeDefaults: configuration.includeDefaultTestPaths)
    }

    /// Findings of every file, sorted by path, line, column, rule.
    public func scan(_ files: [SourceFile]) -> [Finding] {
        files.flatMap(scan).sorted(by: Self.order)
    }

    /// Findings of one file in its changed lines (all lines when `changedLines` is nil), sorted;
    /// in test code (``TestPaths``) they are notes unless the configuration says otherwise.
    public func scan(_ file: SourceFile) -> [Finding] {
        scanReportingSkip(file).findings
    }

    /// What one file gives: its findings, or why it was not scanned (it does not lex).
    public struct FileOutcome: Sendable {
        public var findings: [Finding]
        /// Set when the file was passed over: `unterminated string at line 2, column 12`.
        public var skipReason: String?
    }

    /// ``scan(_:)-(SourceFile)``, saying when a file was passed over because it does not lex.
    public func scanReportingSkip(_ file: SourceFile) -> FileOutcome {
        if ignore.contains(where: { $0.matches(file.path) }) { return FileOutcome(findings: []) }
        let analyzed: AnalyzedFile
        let rules: [any Rule]
        let language: Language
        if let dialect = TemplateDialect.detect(path: file.path, text: file.text) {
            var projection = TemplateProjection.project(file.text, dialect: dialect)
            projection.associations = perItemTemplates.rubyAssociations
            projection.itemNames = perItemTemplates.itemNames(of: file.path)
            language = dialect.host
            analyzed = AnalyzedFile(
                path: file.path, text: projection.text, language: language, catalog: catalog,
                repository: repository, removedLines: file.removedLines, changedLines: file.changedLines,
                template: projection,
                renderedPerItem: perItemTemplates.site(of: file.path))
            // Templates get the per-iteration rules (and suppressions); what a template lists
            // unbounded is its view's query, judged there.
            rules = RuleRegistry.all.filter {
                $0.description.languages.contains(language) && !$0.description.id.hasPrefix("HF2")
            }
        } else {
            let firstLine = file.text.prefix(200).split(separator: "\n", maxSplits: 1).first.map(String.init)
            guard let detected = Language.detect(path: file.path, firstLine: firstLine) else {
                return FileOutcome(findings: [])
            }
            if detected == .javascript || detected == .typescript, Self.isMinified(file.text) {
                return FileOutcome(findings: [])
            }
            language = detected
            analyzed = AnalyzedFile(
                path: file.path, text: file.text, language: language, catalog: catalog,
                repository: repository,
                removedLines: file.removedLines, changedLines: file.changedLines)
            rules = RuleRegistry.all.filter { $0.description.languages.contains(language) }
        }
        if let place = analyzed.unterminatedString {
            return FileOutcome(
                findings: [],
                skipReason:
                    "does not lex as \(language.displayName): a string opened at line \(place.line), column \(place.column) never closes; not scanned"
            )
        }
        return FileOutcome(findings: findings(of: analyzed, file: file, rules: rules))
    }

    private func findings(of analyzed: AnalyzedFile, file: SourceFile, rules: [any Rule]) -> [Finding] {
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
        if var changed = file.changedLines {
            // The line a removal stood before is part of the change, and so is the next line of
            // code when that line holds none: `request.fetchBatchSize = 200` removed above a blank
            // line belongs to the fetch below it.
            for anchor in Set(file.removedLines.map(\.anchor)) {
                changed.insert(anchor)
                if let code = Self.firstCodeLine(from: anchor, in: analyzed.tokens) { changed.insert(code) }
            }
            let byID = Dictionary(
                rules.map { ($0.description.id, $0) }, uniquingKeysWith: { first, _ in first })
            findings = findings.filter {
                changed.contains($0.line) || $0.loop_line.map(changed.contains) == true
                    || byID[$0.rule]?.followsFromRemovedLines($0) == true
            }
        }
        if !configuration.testFindingsAtFullSeverity, !findings.isEmpty, tests.contains(file.path) {
            for index in findings.indices { findings[index].severity = .note }
        }
        return Self.onePerLine(findings.sorted(by: Self.order))
    }

    /// The first line at or after `line` that holds a token.
    static func firstCodeLine(from line: Int, in tokens: [Token]) -> Int? {
        tokens.firstIndex(onOrAfterLine: line).map { tokens[$0].line }
    }

    /// One finding per rule, line and call (the most severe, then the surest, then the first), and
    /// no HF106 lazy load on a line where HF101/HF102 already reports the query it runs: one N+1 is
    /// one finding, not three (`product.default_variant = product.variants.first()`).
    static func onePerLine(_ sorted: [Finding]) -> [Finding] {
        var kept: [Finding] = []
        var slot: [String: Int] = [:]
        for finding in sorted {
            let key = "\(finding.rule):\(finding.line):\(finding.call)"
            guard let index = slot[key] else {
                slot[key] = kept.count
                kept.append(finding)
                continue
            }
            let held = kept[index]
            if (finding.severity, finding.confidence) > (held.severity, held.confidence) {
                kept[index] = finding
            }
        }
        let queryLines = Set(kept.filter { $0.rule == "HF101" || $0.rule == "HF102" }.map(\.line))
        return kept.filter { $0.rule != "HF106" || !queryLines.contains($0.line) }
    }

    /// A bundled or minified script (`jquery-ui.min.js` checked in under another name): lines
    /// of hundreds of characters on average. Nobody reviews or fixes it as source.
    static func isMinified(_ text: String) -> Bool {
        let bytes = text.utf8.count
        guard bytes > 4000 else { return false }
        let lines = text.utf8.reduce(into: 1) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
        return bytes / lines > 300
    }

    static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        return lhs.rule < rhs.rule
    }
}
