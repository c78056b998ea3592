import Foundation
import TestSupport
import Testing

@Suite("scan: malformed diffs, unreadable sources, a 50 MB diff")
struct ScanBadInputTests {
    private static let truncatedHunk = """
        diff --git a/x.py b/x.py
        --- a/x.py
        +++ b/x.py
        @@ -1,2 +1,5 @@
         x
        +y

        """

    @Test("A hunk whose counts disagree with its lines, in --diff FILE: file:line:column")
    func malformedDiffFile() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(Self.truncatedHunk, to: "bad.diff")
        try project.write(sentinel, to: "out.json")
        let result = try project.run(
            ["scan", "--diff", "bad.diff", "--format", "json", "--out", "out.json"],
            label: "scan malformed diff")
        expectRefused(result, file: "bad.diff", line: 4...7)
        let out = try? String(contentsOf: project.url.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(out == sentinel, "the existing --out file changed")
    }

    @Test("The same malformed diff on stdin is located in <stdin>")
    func malformedDiffStdin() throws {
        let project = try Project()
        defer { project.remove() }
        let file = try project.write(Self.truncatedHunk, to: "bad.diff")
        let result = try project.run(
            ["scan", "--diff", "-"], stdinFile: file, label: "scan malformed diff stdin")
        expectRefused(result, file: "stdin>", line: 4...7)
    }

    @Test("A hunk header with a non-number")
    func badHunkHeader() throws {
        let project = try Project()
        defer { project.remove() }
        let text = "diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1,zz +1,5 @@\n x\n+y\n"
        try project.write(text, to: "bad.diff")
        expectRefused(
            try project.run(["scan", "--diff", "bad.diff"], label: "scan bad hunk header"), file: "bad.diff",
            line: 4...4)
    }

    @Test("Binary garbage as a diff")
    func garbageDiff() throws {
        let project = try Project()
        defer { project.remove() }
        try project.writeBytes(
            Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 197 &+ 3) }), to: "bad.diff")
        expectRefused(
            try project.run(["scan", "--diff", "bad.diff"], label: "scan garbage diff"), file: "bad.diff")
    }

    @Test("--diff naming a folder")
    func diffFolder() throws {
        let project = try Project()
        defer { project.remove() }
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("d.diff"), withIntermediateDirectories: true)
        expectRefused(
            try project.run(["scan", "--diff", "d.diff"], label: "scan --diff folder"), mentions: ["d.diff"])
    }

    /// Source files that cannot be scanned: binary bytes, invalid UTF-8, strings that never close.
    private static func unreadableFiles() -> [String: Data] {
        var binary = Data("import os\nfor u in users:\n    db.execute(".utf8)
        binary.append(contentsOf: (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        return [
            "bin.py": binary,
            "latin1.py": Data([0x23, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A]) + Data("x = 1\n".utf8),
            "unclosed.py": Data(
                "x = \"\"\"never closed\nfor u in users:\n    db.execute(\"SELECT 1\")\n".utf8),
            "bad.js": Data("const s = `abc ${\nfor (const u of users) { await db.query(\"x\") }\n".utf8),
            "bad.rb": Data("x = %q{never\nusers.each { |u| User.find(u) }\n".utf8),
            "image.png": Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 11) }),
            "ok.py": Data(
                "def f(db, users):\n    for u in users:\n        db.execute(\"SELECT * FROM t WHERE id = ?\", u.id)\n"
                    .utf8),
        ]
    }

    private func checkScan(_ result: GuardedResult, sourceLocation: SourceLocation = #_sourceLocation) {
        expectNoHangNoCrash(result, allowed: [0, 1], sourceLocation: sourceLocation)
        guard
            let object = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        else {
            Issue.record("scan printed no JSON object; \(result)", sourceLocation: sourceLocation)
            return
        }
        let skipped = (object["skipped"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        for path in ["bin.py", "unclosed.py"] {
            #expect(
                skipped.contains(path), "\(path) not listed as skipped: \(skipped)",
                sourceLocation: sourceLocation)
        }
        let findings = (object["findings"] as? [[String: Any]]) ?? []
        #expect(
            findings.contains { ($0["path"] as? String) == "ok.py" },
            "the good file lost its finding; \(result)",
            sourceLocation: sourceLocation)
    }

    @Test("scan --all over binary and unlexable sources skips them with a note")
    func unreadableSourcesAll() throws {
        let project = try Project()
        defer { project.remove() }
        for (path, data) in Self.unreadableFiles() { try project.writeBytes(data, to: path) }
        try project.commitAll()
        checkScan(
            try project.run(
                ["scan", "--all", "--format", "json", "--fail-on", "none"], label: "scan --all unreadable"))
    }

    @Test("scan --base over a change adding binary and unlexable sources")
    func unreadableSourcesBase() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write("x = 1\n", to: "README.py")
        try project.commitAll("base")
        for (path, data) in Self.unreadableFiles() { try project.writeBytes(data, to: path) }
        try project.commitAll("head")
        checkScan(
            try project.run(
                ["scan", "--base", "HEAD~1", "--head", "HEAD", "--format", "json", "--fail-on", "none"],
                label: "scan --base unreadable"))
    }

    @Test("A 50 MB diff with hundreds of thousands of findings finishes within 60 s")
    func fiftyMegabyteDiff() throws {
        let project = try Project()
        defer { project.remove() }
        let url = project.root.url.appendingPathComponent("big.diff")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let block = "+for u in users:\n+    db.execute(\"SELECT * FROM t WHERE id = ?\", u.id)\n"
        let body = Data(String(repeating: block, count: 2000).utf8)
        var written = 0
        var file = 0
        while written < 50 * 1024 * 1024 {
            let header =
                "diff --git a/m\(file).py b/m\(file).py\nnew file mode 100644\n--- /dev/null\n+++ b/m\(file).py\n@@ -0,0 +1,4000 @@\n"
            handle.write(Data(header.utf8))
            handle.write(body)
            written += body.count
            file += 1
        }
        try handle.close()
        let result = try project.run(
            ["scan", "--diff", url.path, "--format", "json", "--fail-on", "none", "--out", "scan.json"],
            limit: 60,
            label: "scan 50 MB diff")
        // Known open work of issue 13: the scan holds every finding and the whole JSON in memory
        // (≈ 2.7 s and 60 MB per MB of this diff in a debug build), so 50 MB takes minutes.
        withKnownIssue("a 50 MB diff is not streamed yet: it takes minutes and gigabytes") {
            expectNoHangNoCrash(result, allowed: [0])
            let size =
                (try? FileManager.default.attributesOfItem(
                    atPath: project.url.appendingPathComponent("scan.json").path)[.size] as? Int) ?? 0
            #expect(size > 0, "no scan.json written; \(result)")
        }
    }
}
