import Foundation
import TestSupport
import Testing

/// A scenario whose only step runs a program that creates `marker`: if the marker exists, work ran.
private func markerScenario(marker: URL) -> String {
    """
    name: marker
    schema: |
      CREATE TABLE t(id INTEGER PRIMARY KEY);
    workload:
      steps:
        - command: touch \(marker.path)
    requests: 1
    scales: [1]

    """
}

@Suite("Command-line bad input: refused before any work")
struct CommandLineBadInputTests {
    private func runOut(_ out: String, label: String) throws {
        let project = try Project()
        defer { project.remove() }
        let marker = project.root.url.appendingPathComponent("marker")
        try project.write(markerScenario(marker: marker), to: "s.yml")
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let result = try project.run(["run", "s.yml", "--out", out], label: label)
        expectRefused(result, mentions: ["--out"])
        #expect(
            !FileManager.default.fileExists(atPath: marker.path),
            "the scenario ran before --out was refused; \(result)")
        #expect(project.tmpLeftovers().isEmpty, "TMPDIR leftovers: \(project.tmpLeftovers())")
    }

    @Test("The marker scenario runs its command (so its absence below means nothing ran)")
    func markerWorks() throws {
        let project = try Project()
        defer { project.remove() }
        let marker = project.root.url.appendingPathComponent("marker")
        try project.write(markerScenario(marker: marker), to: "s.yml")
        let result = try project.run(["run", "s.yml"], label: "marker scenario")
        expectNoHangNoCrash(result, allowed: [0, 1])
        #expect(FileManager.default.fileExists(atPath: marker.path), "\(result)")
    }

    @Test("run --out naming a folder")
    func outFolder() throws { try runOut("reports", label: "run --out folder") }

    @Test("run --out under a missing folder")
    func outMissingFolder() throws { try runOut("nosuch/r.json", label: "run --out missing folder") }

    @Test("run --out under a regular file")
    func outUnderFile() throws { try runOut("s.yml/r.json", label: "run --out under a file") }

    @Test("run --out to an unwritable place is refused before the scenarios run")
    func outUnwritable() throws { try runOut("/proc/hundredfold-badinput.json", label: "run --out unwritable") }

    @Test("Unknown --format for run, scan, compare")
    func unknownFormat() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write(goodScenario, to: "good.yml")
        try project.write("", to: "empty.diff")
        for arguments in [
            ["run", "good.yml", "--format", "yaml"], ["scan", "--diff", "empty.diff", "--format", "xml"],
            ["compare", "a.json", "b.json", "--format", "pdf"],
        ] {
            expectRefused(try project.run(arguments, label: arguments.joined(separator: " ")), mentions: ["format"])
        }
    }

    @Test("scan --diff together with --base")
    func diffAndBase() throws {
        let project = try Project()
        defer { project.remove() }
        try project.write("", to: "empty.diff")
        try project.commitAll()
        expectRefused(try project.run(["scan", "--diff", "empty.diff", "--base", "main"], label: "--diff with --base"))
    }
}

@Suite("ci: bad refs and scenario paths")
struct CIBadInputTests {
    private func repository() throws -> Project {
        let project = try Project()
        try project.write(goodScenario, to: "Scenarios/good.yml")
        try project.write("def f():\n    return 1\n", to: "app.py")
        try project.commitAll("base")
        try Git.run(["checkout", "-q", "-b", "feature"], in: project.url)
        return project
    }

    private func expectClean(_ project: Project, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let worktrees = try Git.run(["worktree", "list", "--porcelain"], in: project.url).stdout
        #expect(
            worktrees.components(separatedBy: "worktree ").count - 1 == 1, "a worktree was left: \(worktrees)",
            sourceLocation: sourceLocation)
        #expect(project.tmpLeftovers().isEmpty, "TMPDIR leftovers: \(project.tmpLeftovers())", sourceLocation: sourceLocation)
    }

    @Test("ci --head BADREF names --head, not --base")
    func badHead() throws {
        let project = try repository()
        defer { project.remove() }
        let result = try project.run(["ci", "--base", "main", "--head", "no-such-ref-xyz"], label: "ci --head BADREF")
        expectRefused(result, mentions: ["--head", "no-such-ref-xyz"], never: ["--base"])
        try expectClean(project)
    }

    @Test("ci --base BADREF names --base")
    func badBase() throws {
        let project = try repository()
        defer { project.remove() }
        let result = try project.run(["ci", "--base", "no-such-ref-xyz"], label: "ci --base BADREF")
        expectRefused(result, mentions: ["--base", "no-such-ref-xyz"])
        try expectClean(project)
    }

    @Test("ci on a scenario path the head does not have is bad input, not a pass")
    func missingPath() throws {
        let project = try repository()
        defer { project.remove() }
        let result = try project.run(["ci", "--base", "main", "NoSuchDir"], label: "ci missing path")
        expectRefused(result, mentions: ["NoSuchDir"])
        try expectClean(project)
    }

    @Test("ci run from a subfolder on a missing path is bad input too")
    func missingPathFromSubfolder() throws {
        let project = try repository()
        defer { project.remove() }
        let sub = project.url.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let result = try guarded(
            ["ci", "--base", "main", "NoSuchDir"], in: sub, environment: ["TMPDIR": project.tmp.path],
            label: "ci missing path from subfolder")
        expectRefused(result, mentions: ["NoSuchDir"])
        try expectClean(project)
    }

    @Test("ci outside a git repository")
    func notARepository() throws {
        let folder = try TemporaryDirectory(prefix: "hf-badinput-nogit")
        defer { folder.remove() }
        let result = try guarded(["ci", "--base", "main"], in: folder.url, label: "ci outside git")
        expectRefused(result)
    }
}
