import Foundation
import HundredfoldCore

/// The files `hundredfold init` writes: a starter `hundredfold.yml`, one example scenario, a
/// GitHub Actions workflow that runs the Hundredfold action on pull requests, and its companion
/// that posts the summary comment on pull requests from forks.
/// Never overwrites: a file that exists is skipped, and the check and the write are one step.
public enum StarterFiles {
    public enum Outcome: String, Sendable, Equatable {
        case written
        case skipped
    }

    /// Every starter file, as a path relative to the project root and its contents; with `shards`,
    /// the workflow runs the scenarios in a matrix of that many jobs and merges their reports.
    public static func files(shards: Int? = nil) -> [(path: String, contents: String)] {
        [
            ("hundredfold.yml", StarterTemplates.configuration),
            ("Scenarios/example.yml", StarterTemplates.scenario),
            (
                ".github/workflows/hundredfold.yml",
                shards.map(ShardedWorkflow.text) ?? StarterTemplates.workflow
            ),
            (".github/workflows/hundredfold-comment.yml", StarterTemplates.commentWorkflow),
        ]
    }

    /// The most shards ``files(shards:)`` writes a matrix for.
    public static let maximumShards = ShardedWorkflow.maximumShards

    /// Writes each starter file under `root` that does not exist yet; returns what happened to each.
    public static func write(into root: URL, shards: Int? = nil) throws -> [(path: String, outcome: Outcome)]
    {
        try files(shards: shards).map { file in
            (
                file.path,
                try writeIfAbsent(
                    Data(file.contents.utf8), to: root.appendingPathComponent(file.path), display: file.path)
            )
        }
    }

    /// The entry that keeps `hundredfold ci`'s outputs and the scan cache out of git.
    public static let ignoredFolder = ".hundredfold/"

    /// Appends ``ignoredFolder`` to `root/.gitignore` (creating it) unless a line already ignores
    /// it; `.skipped` when one does.
    public static func ignoreOutputs(in root: URL) throws -> Outcome {
        let url = root.appendingPathComponent(".gitignore")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let ignores = existing.split(whereSeparator: \.isNewline).contains {
            [".hundredfold", ".hundredfold/", "/.hundredfold", "/.hundredfold/"].contains(
                $0.trimmingCharacters(in: .whitespaces))
        }
        if ignores { return .skipped }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        try AtomicFile.write(Data((existing + separator + ignoredFolder + "\n").utf8), to: url)
        return .written
    }

    /// Writes `data` to a temporary file beside `url`, fsyncs it, and hard-links it into place:
    /// `link` fails when `url` exists, so an existing file is never replaced, even by a race.
    static func writeIfAbsent(_ data: Data, to url: URL, display: String) throws -> Outcome {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) { return .skipped }
        do {
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw PreMergeError.cannotWrite(
                path: display, reason: "cannot create its folder: \(error.localizedDescription)")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        defer { unlink(temporary.path) }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw PreMergeError.cannotWrite(path: display, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            throw PreMergeError.cannotWrite(path: display, reason: error.localizedDescription)
        }
        if link(temporary.path, url.path) != 0 {
            if errno == EEXIST { return .skipped }
            throw PreMergeError.cannotWrite(path: display, reason: String(cString: strerror(errno)))
        }
        return .written
    }
}
