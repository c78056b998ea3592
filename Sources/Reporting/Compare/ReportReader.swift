import Foundation
import HundredfoldCore

/// Reads a `hundredfold.report/1` JSON file, refusing anything else with a clear error (exit 2):
/// a file that is not JSON, JSON that is not a report, or a report of another schema version.
public enum ReportReader {
    /// Reads and decodes the report at `url`; `displayPath` is how messages name the file.
    public static func read(_ url: URL, displayPath: String) throws -> RunReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ReportError.unreadable(file: displayPath, reason: "it is a folder, not a report file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportError.unreadable(file: displayPath, reason: nil)
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
            throw ReportError.notJSON(
                file: file, line: position.line, column: position.column, detail: position.problem(in: data))
        }
        guard let dictionary = object as? [String: Any], let schema = dictionary["schema"] as? String else {
            throw ReportError.notAReport(file: file)
        }
        guard schema == RunReport.schemaIdentifier else {
            throw ReportError.schemaMismatch(file: file, found: schema)
        }
        do {
            return try ReportJSON.decode(data)
        } catch let error as DecodingError {
            throw malformed(error, in: data, file: file)
        }
    }

    /// A decoding error placed at the value it is about, said in JSON's words.
    private static func malformed(_ error: DecodingError, in data: Data, file: String) -> ReportError {
        let keys: [CodingKey]
        let detail: (_ found: String) -> String
        switch error {
        case .keyNotFound(let key, let context):
            keys = context.codingPath
            detail = { _ in "the key \"\(key.stringValue)\" is missing here" }
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            keys = context.codingPath
            detail = { found in "expected \(words(for: type)), found \(found)" }
        case .dataCorrupted(let context):
            keys = context.codingPath
            detail = { found in "\(found) here is not a value a report of this version holds" }
        @unknown default:
            keys = []
            detail = { _ in "the report does not have the expected shape" }
        }
        let offset = JSONValueLocator.offset(of: keys, in: data)
        let location = SourceLocation(file: file, byteOffset: offset ?? 0, in: data)
        let found = offset.map { JSONValueLocator.kind(at: $0, in: data) } ?? "nothing"
        var keyPath = path(keys)
        if case .keyNotFound(let key, _) = error { keyPath = path(keys + [key]) }
        return .malformed(location: location, path: keyPath, detail: detail(found))
    }

    /// What a report's Swift type is called in JSON.
    private static func words(for type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        if name == "String" { return "text" }
        if name == "Bool" { return "true or false" }
        if ["Int", "Int64", "UInt64", "Double", "Float"].contains(name) { return "a number" }
        return "an object"
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }
}
