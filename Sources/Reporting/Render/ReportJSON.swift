import Foundation

/// The one JSON encoding of reports: sorted keys, two-space indentation, rows in a stable order,
/// non-finite numbers as the strings `"Infinity"`, `"-Infinity"` and `"NaN"`.
///
/// Two runs with the same seed give byte-identical JSON except for the timing fields
/// (`latency_ms`, and what is derived from it).
public enum ReportJSON {
    /// The report as UTF-8 JSON text ending in a newline.
    public static func encode(_ report: RunReport) throws -> Data {
        var data = try encoder().encode(normalized(report))
        data.append(0x0A)
        return data
    }

    /// Decodes a report written by ``encode(_:)``.
    public static func decode(_ data: Data) throws -> RunReport {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(RunReport.self, from: data)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    // MARK: - Row order

    /// The report with every list in its documented order: scales ascending, repeated statements
    /// by count (most first) then fingerprint, full scans by table then fingerprint, budgets as
    /// declared. Scenario order is the order they were run (file name order).
    public static func normalized(_ report: RunReport) -> RunReport {
        var report = report
        for index in report.scenarios.indices {
            report.scenarios[index].scales.sort { $0.scale < $1.scale }
            for scale in report.scenarios[index].scales.indices {
                report.scenarios[index].scales[scale].repeated_statements.sort {
                    ($1.count, $0.fingerprint) < ($0.count, $1.fingerprint)
                }
                report.scenarios[index].scales[scale].full_scans.sort {
                    ($0.table, $0.fingerprint) < ($1.table, $1.fingerprint)
                }
            }
        }
        return report
    }
}

/// `--format json`: the report exactly as `--out` writes it.
public struct JSONRunReportRenderer: RunReportRenderer {
    public init() {}

    public func render(_ report: RunReport, options: RenderOptions) throws -> String {
        String(decoding: try ReportJSON.encode(report), as: UTF8.self)
    }
}
