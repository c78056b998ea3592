import Foundation
import HundredfoldCore

/// Writes the job's outputs, each atomically, and the GitHub step summary.
enum CIOutputs {
    /// Writes every `(name, data)` into `folder`; returns their display paths.
    static func write(into folder: URL, displayFolder: String, outputs: [(String, Data)]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PreMergeError.cannotWrite(path: displayFolder, reason: error.localizedDescription)
        }
        var written: [String] = []
        for (name, data) in outputs {
            try AtomicFile.write(data, to: folder.appendingPathComponent(name))
            written.append((displayFolder as NSString).appendingPathComponent(name))
        }
        return written
    }

    /// Appends the summary to `$GITHUB_STEP_SUMMARY` when the variable is set (GitHub Actions).
    static func appendStepSummary(_ summary: String) throws {
        guard let path = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else {
            return
        }
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw PreMergeError.cannotWrite(
                path: "$GITHUB_STEP_SUMMARY", reason: "cannot open it for appending")
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data((summary.hasSuffix("\n") ? summary : summary + "\n").utf8))
        } catch {
            throw PreMergeError.cannotWrite(path: "$GITHUB_STEP_SUMMARY", reason: error.localizedDescription)
        }
    }
}
