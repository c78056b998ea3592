import Foundation
import TestSupport
import Testing

/// The index cache as users meet it: a damaged cache costs a note and a cold scan, never a
/// different report; git never sees the cache as a change; scans running at once agree.
@Suite("Scan learns the repository: the index cache", .serialized)
struct IndexCacheAcceptanceTests {
    static let helper = """
        def fetch_labels(db, kind):
            return db.execute("SELECT name FROM labels WHERE kind = ?", (kind,)).fetchall()

        """

    static let issuesBase = """
        from tracker.labels import fetch_labels


        def issue_rows(db, issues):
            return [{"id": issue.id} for issue in issues]

        """

    /// `fetch_labels` per issue at line 7.
    static let issuesHead = """
        from tracker.labels import fetch_labels


        def issue_rows(db, issues):
            rows = []
            for issue in issues:
                rows.append({"id": issue.id, "labels": fetch_labels(db, issue.kind)})
            return rows

        """

    /// A repository whose working tree adds a query per issue through a helper of another file.
    private func repository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commit(text: ["tracker/labels.py": Self.helper, "tracker/issues.py": Self.issuesBase])
        try Data(Self.issuesHead.utf8).write(to: repo.url.appendingPathComponent("tracker/issues.py"))
        return repo
    }

    private func scan(_ repo: TestRepository, _ extra: [String] = []) throws -> HundredfoldBinary.Result {
        try HundredfoldBinary.run(["scan", "--base", "HEAD", "--format", "json"] + extra, in: repo.url)
    }

    private func cacheFile(_ repo: TestRepository) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: repo.cacheFolder.path)
        let name = try #require(names.first { $0.hasPrefix("index-") && $0.hasSuffix(".bin") })
        return repo.cacheFolder.appendingPathComponent(name)
    }

    @Test func aTruncatedCacheIsNotedAndChangesNothing() throws {
        let repo = try repository()
        defer { repo.remove() }
        let cold = try scan(repo)
        #expect(Scan.decode(cold).findings.contains { $0.rule == "HF101" && $0.line == 7 }, "\(cold.stdout)")
        let file = try cacheFile(repo)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 3).write(to: file)
        let damaged = try scan(repo)
        #expect(damaged.stdout == cold.stdout)
        #expect(damaged.stderr.contains("note: the index cache"), "\(damaged.stderr)")
        let again = try scan(repo)
        #expect(again.stdout == cold.stdout)
        #expect(!again.stderr.contains("note:"), "the cache was written anew: \(again.stderr)")
    }

    /// The cache lives in the repository's folder; a diff scan reads untracked files, and git
    /// must not list the cache among them (nor `git status` show it).
    @Test func gitNeverSeesTheCache() throws {
        let repo = try repository()
        defer { repo.remove() }
        _ = try scan(repo)
        let status = try repo.git(["status", "--porcelain", "--untracked-files=all"])
        #expect(status.split(separator: "\n").map(String.init) == [" M tracker/issues.py"])
    }

    @Test func scansRunningAtOnceAgreeAndLeaveAUsableCache() throws {
        let repo = try repository()
        defer { repo.remove() }
        let uncached = try scan(repo, ["--no-cache"])
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in outputs.add(try? scan(repo)) }
        #expect(outputs.all.count == 4)
        #expect(outputs.all.allSatisfy { $0.stdout == uncached.stdout && !$0.stderr.contains("note:") })
        let warm = try scan(repo)
        #expect(warm.stdout == uncached.stdout)
        #expect(!warm.stderr.contains("note:"), "\(warm.stderr)")
    }

    private final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [HundredfoldBinary.Result] = []

        func add(_ result: HundredfoldBinary.Result?) {
            guard let result else { return }
            lock.withLock { results.append(result) }
        }

        var all: [HundredfoldBinary.Result] { lock.withLock { results } }
    }
}
