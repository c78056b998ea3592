import Foundation
import TestSupport
import Testing

/// The ORMs of PRODUCT.md "The repository in view" whose lazy-loading semantics the corpus covers.
let coveredORMs = [
    "Django", "SQLAlchemy", "ActiveRecord", "Sequel", "Eloquent", "JPA", "EF Core", "TypeORM", "Sequelize",
    "GORM", "Ecto", "Core Data", "SwiftData",
]
/// The template languages of the contract.
let coveredTemplates = ["ERB", "Django", "Jinja2", "Blade", "Razor", "EEx"]

/// The corpus itself: these hold without any implementation.
@Suite("Lazy-load corpus shape")
struct LazyCorpusShapeTests {
    @Test func manifestNamesEveryCaseFolderAndEveryCaseIsComplete() throws {
        let cases = try LazyCorpus.cases()
        #expect(cases.map(\.name).sorted() == (try LazyCorpus.folders()))
        #expect(Set(cases.map(\.name)).count == cases.count)
        let manager = FileManager.default
        for item in cases {
            #expect(manager.fileExists(atPath: item.folder.appendingPathComponent("base").path), "\(item)")
            #expect(manager.fileExists(atPath: item.folder.appendingPathComponent("head").path), "\(item)")
            #expect(!item.about.isEmpty, "\(item)")
            _ = try item.expected()
        }
    }

    @Test func corpusIsLargeBalancedAndCoversEveryORMAndTemplate() throws {
        let cases = try LazyCorpus.cases()
        #expect(cases.count >= 70)
        let safe = cases.filter(\.isSafe)
        let share = Double(safe.count) / Double(max(cases.count, 1))
        #expect(
            share >= 0.35 && share <= 0.5, "about 40% are safe look-alikes (\(safe.count)/\(cases.count))")
        for orm in coveredORMs {
            let present = cases.contains { $0.orm == orm }
            #expect(present, "no case for \(orm)")
        }
        for template in coveredTemplates {
            let of = cases.filter { $0.template == template }
            let hasPositive = of.contains { !$0.isSafe }
            let hasLookAlike = of.contains { $0.isSafe }
            #expect(hasPositive, "no positive \(template) template case")
            #expect(hasLookAlike, "no look-alike \(template) template case")
        }
        for language in [
            "Python", "Ruby", "PHP", "Java", "Kotlin", "C#", "TypeScript", "JavaScript", "Go", "Elixir",
            "Swift",
        ] {
            let present = cases.contains { $0.language == language }
            #expect(present, "no case in \(language)")
        }
        var rules: [String: Int] = [:]
        for item in cases {
            for expectation in try item.expected() where expectation.optional != true {
                rules[expectation.rule, default: 0] += 1
            }
        }
        #expect(rules["HF106", default: 0] >= 20, "\(rules)")
        #expect(rules["HF107", default: 0] >= 10, "\(rules)")
        #expect(rules["HF101", default: 0] >= 6, "\(rules)")
        // Look-alikes of eager-load removal: a change that edits eager loading yet stays safe.
        let eagerLookAlikes = cases.filter { $0.isSafe && $0.about.lowercased().contains("eager") }
        #expect(eagerLookAlikes.count >= 6)
    }

    @Test func everyExpectationNamesARealLineOfTheHeadTree() throws {
        for item in try LazyCorpus.cases() {
            let head = item.folder.appendingPathComponent("head")
            func lineCount(_ path: String) -> Int? {
                guard let text = try? String(contentsOf: head.appendingPathComponent(path), encoding: .utf8)
                else { return nil }
                return text.split(separator: "\n", omittingEmptySubsequences: false).count
            }
            for expectation in try item.expected() {
                #expect(scoredRules.contains(expectation.rule), "\(item): \(expectation)")
                let count = try #require(lineCount(expectation.path), "\(item): no head/\(expectation.path)")
                #expect(
                    expectation.line >= 1 && expectation.lines.upperBound <= count, "\(item): \(expectation)")
                if expectation.lineEnd != nil {
                    #expect(expectation.rule == "HF107", "\(item): only a query statement spans lines")
                }
                if expectation.rule == "HF107" && expectation.optional != true {
                    #expect(
                        !(expectation.via ?? []).isEmpty, "\(item): HF107 names at least one per-item read")
                }
                for read in expectation.via ?? [] {
                    let readCount = lineCount(read.path)
                    #expect(
                        readCount.map { read.line >= 1 && read.line <= $0 } == true, "\(item): via \(read)")
                }
                if let loop = expectation.loopLine { #expect(loop >= 1, "\(item)") }
            }
        }
    }

    @Test func everyCaseChangesSomething() throws {
        for item in try LazyCorpus.cases() {
            let repo = try item.buildRepository()
            defer { repo.remove() }
            let stat = try Git.run(["diff", "--stat", "HEAD~1", "HEAD"], in: repo.url).stdout
            #expect(!stat.isEmpty, "\(item): head equals base")
        }
    }
}
