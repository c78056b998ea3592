import Foundation
import Reporting

/// The stored run reports `ci` is given for a side (`--base-report`, `--head-report`) instead of
/// running it: one whole report, or the reports of a sharded run (`run --shard I/N`), merged.
enum StoredReports {
    /// The one report `paths` (relative to `directory`, or absolute) stand for. A single unsharded
    /// report is used as it is; shard reports are merged, refused when incomplete or of different runs.
    static func read(_ paths: [String], in directory: URL) throws -> RunReport {
        let inputs = try paths.map { path in
            ShardMerge.Input(
                file: path,
                report: try ReportReader.read(
                    CIJob.resolved(path, in: directory, isDirectory: false), displayPath: path))
        }
        if inputs.count == 1, inputs[0].report.shard == nil { return inputs[0].report }
        return try ShardMerge.merge(inputs)
    }

    /// How the summary names the stored files.
    static func label(_ paths: [String]) -> String {
        paths.joined(separator: ", ")
    }
}
