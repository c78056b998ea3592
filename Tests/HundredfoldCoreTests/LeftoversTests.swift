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
        #expect(Leftovers.owner(of: "hundredfold-command-12-x", prefixes: ["hundredfold"]) == nil)
        #expect(
            Leftovers.owner(of: "hundredfold-command-12-x", prefixes: ["hundredfold", "hundredfold-command"])
                == 12)
        #expect(Leftovers.owner(of: "hundredfold-12", prefixes: ["hundredfold"]) == nil)
        #expect(Leftovers.owner(of: "hundredfold-ci-interrupt.abc", prefixes: ["hundredfold-ci"]) == nil)
        #expect(Leftovers.owner(of: "other-12-x", prefixes: ["hundredfold"]) == nil)
    }

    @Test func sweepRemovesOnlyEntriesOfGoneProcesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leftovers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try deadProcessID()
        let names = [
            "hundredfold-\(dead)-a.sqlite", "hundredfold-\(dead)-a.sqlite-wal", "hundredfold-ci-\(dead)-b",
            "hundredfold-\(getpid())-c.sqlite", "hundredfold-1-init.sqlite", "unrelated-\(dead)-d",
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
                "hundredfold-\(dead)-a.sqlite", "hundredfold-\(dead)-a.sqlite-wal",
                "hundredfold-ci-\(dead)-b",
            ])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(
            left == ["hundredfold-\(getpid())-c.sqlite", "hundredfold-1-init.sqlite", "unrelated-\(dead)-d"])
    }
}
