import Foundation
import HundredfoldCore

/// Reads a `hundredfold.report/1` JSON file, refusing anything else with a clear error (exit 2):
/// a file that is not JSON, JSON that is not a report, or a report of another schema version.
public enum ReportReader {
    /// Reads and decodes the report at `url`; `displayPath` is how messages name the file.
    public static func read(_ url: URL, displayPath: String) throws -> RunReport {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportReadError.unreadable(file: displayPath)
        }
        return try decode(data, file: displayPath)
    }

    /// Decodes a report from `data`, checking its schema identifier first.
    public static func decode(_ data: Data, file: String) throws -> RunReport {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let position = JSONErrorPosition(error: error, in: data)
            throw ReportReadError.notJSON(
                file: file, line: position.line, column: position.column, detail: position.problem(in: data))
        }
        guard let dictionary = object as? [String: Any], let schema = dictionary["schema"] as? String else {
            throw ReportReadError.notAReport(file: file)
        }
        guard schema == RunReport.schemaIdentifier else {
            throw ReportReadError.schemaMismatch(file: file, found: schema)
        }
        do {
            return try ReportJSON.decode(data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ReportReadError.malformed(
                file: file, path: path(context.codingPath + [key]), detail: "missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ReportReadError.malformed(
                file: file, path: path(context.codingPath), detail: context.debugDescription)
        } catch let DecodingError.valueNotFound(_, context) {
            throw ReportReadError.malformed(file: file, path: path(context.codingPath), detail: "null")
        } catch let DecodingError.dataCorrupted(context) {
            throw ReportReadError.malformed(
                file: file, path: path(context.codingPath), detail: context.debugDescription)
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }
}

/// A report file that cannot be used: bad input, exit 2.
public enum ReportReadError: DiagnosticError, Equatable {
    case unreadable(file: String)
    case notJSON(file: String, line: Int, column: Int, detail: String)
    case notAReport(file: String)
    case schemaMismatch(file: String, found: String)
    case malformed(file: String, path: String, detail: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unreadable(let file):
            Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: "cannot read the report file", hint: "check the path")
        case .notJSON(let file, let line, let column, let detail):
            Diagnostic(
                location: SourceLocation(file: file, line: line, column: column),
                message: "not a JSON report: \(detail)",
                hint: "pass a report written by 'hundredfold run --out FILE'")
        case .notAReport(let file):
            Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "schema",
                message:
                    "not a Hundredfold report: expected a JSON object with \"schema\": \"\(RunReport.schemaIdentifier)\"",
                hint: "pass a report written by 'hundredfold run --out FILE'")
        case .schemaMismatch(let file, let found):
            Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: "schema",
                message:
                    "report schema '\(found)' is not supported; expected '\(RunReport.schemaIdentifier)'",
                hint: "run both sides with the same Hundredfold version")
        case .malformed(let file, let path, let detail):
            Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), keyPath: path,
                message: "malformed report: \(detail)")
        }
    }
}
