import Foundation
import HundredfoldCore
import TestSupport
import Testing

/// `AtomicFile.write`: the destination holds old or new contents, never a partial file, and no
/// temporary file is left behind.
@Suite struct AtomicFileTests {
    @Test func writesAndReplaces() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("report.json")
        try AtomicFile.write(Data("first".utf8), to: url)
        try AtomicFile.write(Data("second".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "second")
        #expect(folder.listFiles() == ["report.json"])
    }

    @Test func failureLeavesTheDestinationAndNoTemporaryFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // A folder in the destination's place makes the final rename fail after the data is written.
        let destination = folder.url.appendingPathComponent("taken")
        try folder.write("keep", to: "taken/inner.txt")
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("new".utf8), to: destination)
        }
        #expect(folder.listFiles() == ["taken/inner.txt"])
    }

    @Test func missingFolderIsAnError() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("no/such/folder/report.json")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: url) }
        #expect(folder.listFiles().isEmpty)
    }
}
