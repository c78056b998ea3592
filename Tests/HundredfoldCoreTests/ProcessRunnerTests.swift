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

    /// The program gets its arguments exactly as given, whatever a shell would make of them.
    @Test func argumentsReachTheChildUnchanged() throws {
        let arguments = ["two words", "$HOME", "'quoted' \"too\"", "-n", "", "a;b|c*"]
        let output = try ProcessRunner.run(
            Self.shell, ["-c", "for a in \"$@\"; do printf '[%s]' \"$a\"; done", "sh"] + arguments,
            in: URL(fileURLWithPath: "/"))
        #expect(output.stdoutText == arguments.map { "[\($0)]" }.joined())
    }

    @Test func aChildKilledByASignalReportsItsNumber() throws {
        let output = try ProcessRunner.run(
            Self.shell, ["-c", "kill -TERM $$"], in: URL(fileURLWithPath: "/"))
        #expect(output.status == SIGTERM)
    }

    /// A child that exits without reading its input does not take the caller down (no SIGPIPE).
    @Test func inputTheChildDoesNotReadIsDropped() throws {
        let output = try ProcessRunner.run(
            Self.shell, ["-c", "exit 4"], in: URL(fileURLWithPath: "/"),
            input: [UInt8](repeating: 65, count: 1_000_000))
        #expect(output.status == 4)
    }

    @Test func aMissingFolderIsAStartError() {
        #expect(throws: ProcessRunner.StartError.self) {
            try ProcessRunner.run(Self.shell, ["-c", "true"], in: URL(fileURLWithPath: "/no/such/folder"))
        }
    }

    @Test func aMissingProgramIsAStartError() {
        #expect(throws: ProcessRunner.StartError.self) {
            try ProcessRunner.run(URL(fileURLWithPath: "/no/such/program"), [], in: URL(fileURLWithPath: "/"))
        }
    }
}
