import Foundation
import Testing

@testable import HundredfoldCore

/// Temporary entries named after their owner's process ID are swept once the owner is gone.
@Suite struct LeftoversTests {
    /// The ID of a process that has exited.
    func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func namesCarryThisProcessID() {
        let name = Leftovers.name("hundredfold", suffix: ".sqlite")
        #expect(name.hasPrefix("hundredfold-\(getpid())-"))
        #expect(name.hasSuffix(".sqlite"))
        #expect(Leftovers.owner(of: name, prefixes: ["hundredfold"]) == getpid())
    }

    @Test func ownersAreReadOnlyFromTheirOwnPrefix() {
        let unique = UUID().uuidString
        #expect(Leftovers.owner(of: "hundredfold-command-12-\(unique)", prefixes: ["hundredfold"]) == nil)
        #expect(
            Leftovers.owner(
                of: "hundredfold-command-12-\(unique)", prefixes: ["hundredfold", "hundredfold-command"])
                == 12)
        #expect(Leftovers.owner(of: "hundredfold-12", prefixes: ["hundredfold"]) == nil)
        #expect(Leftovers.owner(of: "hundredfold-ci-interrupt.abc", prefixes: ["hundredfold-ci"]) == nil)
        #expect(Leftovers.owner(of: "other-12-\(unique)", prefixes: ["hundredfold"]) == nil)
    }

    /// Someone else's folder that merely starts like ours is not ours: a dated name, or a UUID
    /// whose first group is all digits (about one UUID in 40), as test folders and tools make.
    @Test(arguments: [
        "hundredfold-ci-41064854-99FB-4125-871B-0C0FA6D147CA", "hundredfold-ci-2024-notes",
        "hundredfold-12-x.sqlite", "hundredfold-12-41064854-99FB-4125-871B",
    ])
    func namesNotMadeByLeftoversHaveNoOwner(name: String) {
        #expect(Leftovers.owner(of: name, prefixes: ["hundredfold", "hundredfold-ci"]) == nil)
    }

    @Test func sweepRemovesOnlyEntriesOfGoneProcesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leftovers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try deadProcessID()
        let (a, b, c, d) = (UUID().uuidString, UUID().uuidString, UUID().uuidString, UUID().uuidString)
        let lookAlike = "hundredfold-ci-41064854-99FB-4125-871B-0C0FA6D147CA"
        let names = [
            "hundredfold-\(dead)-\(a).sqlite", "hundredfold-\(dead)-\(a).sqlite-wal",
            "hundredfold-ci-\(dead)-\(b)",
            "hundredfold-\(getpid())-\(c).sqlite", "hundredfold-1-init.sqlite", "unrelated-\(dead)-\(d)",
            lookAlike,
        ]
        for name in names {
            if name.hasPrefix("hundredfold-ci") {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(name + "/base"), withIntermediateDirectories: true)
            } else {
                FileManager.default.createFile(
                    atPath: folder.appendingPathComponent(name).path, contents: Data())
            }
        }
        let removed = Leftovers.sweep(folder, prefixes: ["hundredfold", "hundredfold-ci"])
        #expect(
            Set(removed) == [
                "hundredfold-\(dead)-\(a).sqlite", "hundredfold-\(dead)-\(a).sqlite-wal",
                "hundredfold-ci-\(dead)-\(b)",
            ])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(
            left == [
                "hundredfold-\(getpid())-\(c).sqlite", "hundredfold-1-init.sqlite", "unrelated-\(dead)-\(d)",
                lookAlike,
            ])
    }
}
