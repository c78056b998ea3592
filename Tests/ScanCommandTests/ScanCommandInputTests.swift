import Foundation
import TestSupport
import Testing

/// Bad input and usage exit 2 with a message naming what was wrong; odd but valid input does not.
@Suite struct ScanCommandInputTests {
    @Test func malformedDiffExitsTwoWithTheLine() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scan-bad")
        defer { folder.remove() }
        try folder.write("--- a/f.py\n+++ b/f.py\n@@ -1,3 +1,4 @@\n a\n+b\n c\n", to: "bad.diff")
        let result = try HundredfoldBinary.run(["scan", "--diff", "bad.diff"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(
            result.stderr.hasPrefix(
                "bad.diff:6:1: error: malformed diff: the hunk header at line 3 says 3 old and 4 new lines")
        )
    }

    @Test func garbageIsNotADiff() throws {
        let result = try HundredfoldBinary.run(
            ["scan", "--diff", "-"], stdin: Data("hello\nworld\n".utf8))
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("<stdin>:1:1: error: not a unified diff"))
    }

    @Test func emptyDiffHasNoFindings() throws {
        let result = try HundredfoldBinary.run(["scan", "--diff", "-"], stdin: Data())
        #expect(result.exitCode == 0)
        #expect(result.stdout == "No findings; 0 files scanned.\n")
    }

    @Test func diffAndBaseAreMutuallyExclusive() throws {
        let result = try HundredfoldBinary.run(["scan", "--diff", "x.diff", "--base", "main"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("mutually exclusive"))
    }

    @Test func missingDiffFileAndNoInputAreUsageErrors() throws {
        let missing = try HundredfoldBinary.run(["scan", "--diff", "no-such.diff"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("cannot read the diff 'no-such.diff'"))
        let nothing = try HundredfoldBinary.run(["scan"])
        #expect(nothing.exitCode == 2)
        #expect(nothing.stderr.contains("nothing to scan"))
    }

    @Test func unknownRefExitsTwo() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scan-ref")
        defer { folder.remove() }
        try Git.run(["init", "-q"], in: folder.url)
        try folder.write("a\n", to: "a.py")
        try Git.run(["add", "-A"], in: folder.url)
        try Git.run(["commit", "-q", "-m", "one"], in: folder.url)
        let result = try HundredfoldBinary.run(["scan", "--base", "release-9"], in: folder.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("unknown git ref 'release-9'"))
    }

    @Test func pathEscapesAreSkippedWithAWarningAndNeverRead() throws {
        let folder = try TemporaryDirectory(prefix: "hundredfold-scan-escape")
        defer { folder.remove() }
        try Git.run(["init", "-q"], in: folder.url)
        let diff = """
            diff --git a/../../etc/passwd b/../../etc/passwd
            --- a/../../etc/passwd
            +++ b/../../etc/passwd
            @@ -1 +1 @@
            -root:x:0:0:root:/root:/bin/bash
            +for u in users: User.objects.get(id=u)

            """
        let result = try HundredfoldBinary.run(
            ["scan", "--diff", "-"], in: folder.url, stdin: Data(diff.utf8))
        #expect(result.exitCode == 0)
        #expect(
            result.stderr.contains("warning: ../../etc/passwd: path outside the repository, not read"))
        #expect(!result.stdout.contains("root:"))
    }

    @Test func binaryPatchesAreSkippedWithAWarning() throws {
        let diff = """
            diff --git a/logo.png b/logo.png
            new file mode 100644
            index 0000000000000000000000000000000000000000..d9d65335f220869cabeaf561b1a881f3303fdaf3
            GIT binary patch
            literal 11
            ScmeAS@N?(olHy`uU;qFQMFFY+

            literal 0
            HcmV?d00001


            """
        let result = try HundredfoldBinary.run(["scan", "--diff", "-"], stdin: Data(diff.utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: logo.png: binary file, not scanned"))
    }
}
