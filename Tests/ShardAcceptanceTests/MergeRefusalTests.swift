import Foundation
import TestSupport
import Testing

/// `hundredfold merge` refuses shard reports that cannot make one run's report: exit 2, a message
/// naming the file, nothing on stdout, and `--out` neither created nor touched.
@Suite(.timeLimit(.minutes(2)))
struct MergeRefusalTests {
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case differentSeed, differentScales, differentVersion, notAReport, truncated, missingFile
        case sameShardTwice, sameShardUnderAnotherName, otherShardCount, missingShard, lastShardMissing
        case noReports

        var testDescription: String { rawValue }

        /// Prepares the case's files in `project` (which holds three scenarios) and returns the
        /// merge's arguments, the file the message must name, and words it must use one of.
        func prepare(in project: Project) throws -> (files: [String], names: String?, mentions: [String]) {
            let base = try Shards.run(["s"], count: 3, in: project, prefix: "s")
            let (s1, s2, s3) = (base.files[0], base.files[1], base.files[2])
            switch self {
            case .differentSeed:
                _ = try Shards.run(["s"], count: 3, in: project, extra: ["--seed", "9"], prefix: "seeded")
                return ([s1, "seeded-2.json", s3], "seeded-2.json", ["seed"])
            case .differentScales:
                _ = try Shards.run(
                    ["s"], count: 3, in: project, extra: ["--scales", "1,3"], prefix: "scaled")
                return ([s1, "scaled-2.json", s3], "scaled-2.json", ["scale"])
            case .differentVersion:
                let text = String(decoding: project.read(s2) ?? Data(), as: UTF8.self)
                let older = text.replacing(#/"tool_version"(\s*):(\s*)"[^"]*"/#) {
                    "\"tool_version\"\($0.1):\($0.2)\"0.0.1-older\""
                }
                #expect(older != text, "the shard report has a tool_version: \(text.prefix(500))")
                try project.write(older, to: "older-2.json")
                return ([s1, "older-2.json", s3], "older-2.json", ["version"])
            case .notAReport:
                try project.write(
                    #"{"schema": "hundredfold.compare/1", "scenarios": []}"#, to: "compare.json")
                return ([s1, "compare.json", s3], "compare.json", [])
            case .truncated:
                let data = project.read(s2) ?? Data()
                try project.write(
                    String(decoding: data.prefix(data.count / 2), as: UTF8.self), to: "cut-2.json")
                return ([s1, "cut-2.json", s3], "cut-2.json", [])
            case .missingFile:
                return ([s1, "nowhere-2.json", s3], "nowhere-2.json", [])
            case .sameShardTwice:
                return ([s1, s2, s2, s3], s2, [])
            case .sameShardUnderAnotherName:
                try FileManager.default.copyItem(
                    at: project.url.appendingPathComponent(s2),
                    to: project.url.appendingPathComponent("again-2.json"))
                return ([s1, s2, "again-2.json", s3], "again-2.json", [])
            case .otherShardCount:
                _ = try Shards.run(["s"], count: 2, in: project, prefix: "halves")
                return ([s1, "halves-2.json", s3], "halves-2.json", [])
            case .missingShard:
                return ([s1, s3], nil, ["2/3", "missing", "shard 2"])
            case .lastShardMissing:
                return ([s1, s2], nil, ["3/3", "missing", "shard 3"])
            case .noReports:
                return ([], nil, [])
            }
        }
    }

    @Test(
        "Refused with exit 2, naming the file; --out is neither created nor overwritten",
        arguments: Case.allCases)
    func refuses(_ refusal: Case) throws {
        let project = try Project()
        defer { project.remove() }
        for name in ["one", "two", "three"] {
            try project.write(Corpus.lookup(name: name, rows: 4), to: "s/\(name).yml")
        }
        let (files, names, mentions) = try refusal.prepare(in: project)
        // The look-alike that must be accepted, so a refusal is for the right reason.
        let good = try project.hf(Interface.merge(["s-1.json", "s-2.json", "s-3.json"], out: "good.json"))
        #expect(
            good.exitCode == 0 && ReportFile(project.read("good.json")) != nil,
            "the three shards merge\n\(good.log)")

        let before = project.files()
        let fresh = try project.hf(Interface.merge(files, out: "merged.json"))
        expectRefusal(fresh, naming: names, mentionsOneOf: mentions)
        #expect(!project.exists("merged.json"), "no report on refusal")
        #expect(project.files() == before, "nothing left behind: \(project.files())")

        let kept = "{\"mine\": true}\n"
        try project.write(kept, to: "kept.json")
        let existing = try project.hf(Interface.merge(files, out: "kept.json"))
        expectRefusal(existing, naming: names, mentionsOneOf: mentions)
        #expect(project.read("kept.json") == Data(kept.utf8), "an existing --out file is untouched")
    }

    @Test("--out naming a folder or inside a missing folder is refused (exit 2), and nothing is written")
    func badOutPath() throws {
        let project = try Project()
        defer { project.remove() }
        for name in ["one", "two"] { try project.write(Corpus.lookup(name: name), to: "s/\(name).yml") }
        let shards = try Shards.run(["s"], count: 2, in: project)
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("a-folder"), withIntermediateDirectories: true)
        let before = project.files()
        for out in ["a-folder", "no-such-folder/merged.json"] {
            let result = try project.hf(Interface.merge(shards.files, out: out))
            expectRefusal(result, naming: out.split(separator: "/").first.map(String.init))
            #expect(project.files() == before, "\(out): nothing written: \(project.files())")
        }
    }
}
