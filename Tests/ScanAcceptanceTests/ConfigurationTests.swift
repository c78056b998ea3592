import Foundation
import TestSupport
import Testing

/// `hundredfold.yml`: `scan: ignore:` globs and `scan: calls:` extra call names.
@Suite("scan configuration")
struct ConfigurationTests {
    static let legacy = """
        from shop.models import Order, Shipment


        def legacy_carriers(order_ids):
            carriers = []
            for order_id in order_ids:
                carriers.append(Shipment.objects.get(order_id=order_id).carrier)
            return carriers

        """
    static let legacyLine = 7

    static let sync = """
        from .records import store


        def refresh(record_ids):
            records = []
            for record_id in record_ids:
                records.append(store.fetch_record(record_id))
            return records

        """
    static let syncLine = 7

    static let config = """
        scan:
          ignore: ["legacy/**"]
          calls:
            db-read: ["store.fetch_record"]

        """

    private func repository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.commit(text: ["README.md": "# shop\n"], message: "base")
        try repo.commit(
            text: ["legacy/deep/carriers.py": Self.legacy, "app/sync.py": Self.sync], message: "head")
        return repo
    }

    @Test func withoutConfigurationTheDefaultsApply() throws {
        let repo = try repository()
        defer { repo.remove() }
        let outcome = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(outcome.has("HF101", "legacy/deep/carriers.py", Self.legacyLine), "\(outcome.result.stderr)")
        #expect(!outcome.findings.contains { $0.path == "app/sync.py" }, "an unknown call is not a query")
    }

    @Test func ignoreGlobSilencesAPathAndCallsAddAQuery() throws {
        let repo = try repository()
        defer { repo.remove() }
        // Untracked, so it is configuration and not part of the change.
        try repo.write(Data(Self.config.utf8), to: "hundredfold.yml")
        let outcome = try Scan.json(["--base", "HEAD~1", "--fail-on", "none"], in: repo.url)
        #expect(!outcome.findings.contains { $0.path.hasPrefix("legacy/") }, "\(outcome.findings.map(\.key))")
        let custom = outcome.findings.first { $0.path == "app/sync.py" && $0.line == Self.syncLine }
        #expect(
            custom?.rule == "HF101" && custom?.kind == "db-read",
            "\(outcome.findings.map(\.key)) \(outcome.result.stderr)")
        #expect(custom?.call.contains("fetch_record") == true)
    }

    @Test func configFlagReadsAnotherFile() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Data(Self.config.utf8), to: "ci/scan-settings.yml")
        let outcome = try Scan.json(
            ["--base", "HEAD~1", "--config", "ci/scan-settings.yml", "--fail-on", "none"], in: repo.url)
        #expect(!outcome.findings.contains { $0.path.hasPrefix("legacy/") })
        #expect(outcome.has("HF101", "app/sync.py", Self.syncLine), "\(outcome.result.stderr)")
    }

    @Test func brokenConfigurationIsBadInputWithItsLocation() throws {
        let repo = try repository()
        defer { repo.remove() }
        try repo.write(Data("scan:\n  ignroe: [\"legacy/**\"]\n".utf8), to: "hundredfold.yml")
        let result = try HundredfoldBinary.run(["scan", "--base", "HEAD~1"], in: repo.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("hundredfold.yml:2"), "file:line of the unknown key: \(result.stderr)")
    }
}
