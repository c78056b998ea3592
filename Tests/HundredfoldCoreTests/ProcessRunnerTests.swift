import Foundation
import HundredfoldCore
import TestSupport
import Testing

@Suite struct ProcessRunnerTests {
    private static let shell = URL(fileURLWithPath: "/bin/sh")

    /// Far more than a pipe buffer on both streams at once: reading one after the other would hang.
    @Test func fullPipesOnBothStreamsDoNotDeadlock() throws {
        let output = try ProcessRunner.run(
            Self.shell,
            [
                "-c",
                "head -c 300000 /dev/zero | tr '\\0' e >&2; head -c 300000 /dev/zero | tr '\\0' o; exit 3",
            ],
            in: URL(fileURLWithPath: "/"))
        #expect(output.status == 3)
        #expect(output.stdout.count == 300_000 && output.stdout.allSatisfy { $0 == UInt8(ascii: "o") })
        #expect(output.stderr.count == 300_000 && output.stderr.allSatisfy { $0 == UInt8(ascii: "e") })
    }

    @Test func inputEnvironmentAndFolderReachTheChild() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let output = try ProcessRunner.run(
            Self.shell, ["-c", "cat; printf ' %s ' \"$GREETING\"; basename \"$PWD\""], in: folder.url,
            environment: ["GREETING": "hello"], input: Array("piped".utf8))
        #expect(output.stdoutText == "piped hello \(folder.url.lastPathComponent)\n")
        #expect(output.stderrText.isEmpty)
    }

    @Test func aMissingProgramIsAStartError() {
        #expect(throws: ProcessRunner.StartError.self) {
            try ProcessRunner.run(URL(fileURLWithPath: "/no/such/program"), [], in: URL(fileURLWithPath: "/"))
        }
    }
}
