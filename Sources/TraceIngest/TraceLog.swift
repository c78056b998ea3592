import Foundation

/// The records of one trace file, in the order they were written.
///
/// Lines from several processes may interleave (each process appends whole lines), so records are
/// grouped by `pid` and, for statements, by connection where that matters.
public struct TraceLog: Sendable, Equatable {
    public var records: [TraceRecord]

    public init(records: [TraceRecord]) {
        self.records = records
    }

    /// Parses newline-delimited JSON; an empty line is skipped, any other line that is not a
    /// record of a known type is an error naming `fileName` and the 1-based line.
    public init(parsing data: Data, fileName: String) throws(TraceError) {
        var records: [TraceRecord] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            records.append(try Self.record(from: Data(line), fileName: fileName, line: lineNumber))
        }
        self.records = records
    }

    /// Reads and parses the file at `url`; a missing file is an empty trace (no process wrote).
    public init(contentsOf url: URL) throws(TraceError) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(records: [])
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.lastPathComponent, reason: error.localizedDescription)
        }
        try self.init(parsing: data, fileName: url.lastPathComponent)
    }

    // MARK: - Views

    public var processes: [ProcessRecord] {
        records.compactMap { if case .process(let record) = $0 { record } else { nil } }
    }

    public var opens: [OpenRecord] {
        records.compactMap { if case .open(let record) = $0 { record } else { nil } }
    }

    public var statements: [TracedStatement] {
        records.compactMap { if case .statement(let record) = $0 { record } else { nil } }
    }

    public var errors: [TraceErrorRecord] {
        records.compactMap { if case .error(let record) = $0 { record } else { nil } }
    }

    public var unhookedLibraries: [UnhookedLibraryRecord] {
        records.compactMap { if case .unhooked(let record) = $0 { record } else { nil } }
    }

    // MARK: - Decoding one line

    private struct Kind: Decodable {
        var type: String
    }

    private static func record(from line: Data, fileName: String, line number: Int) throws(TraceError)
        -> TraceRecord
    {
        let decoder = JSONDecoder()
        do {
            let kind = try decoder.decode(Kind.self, from: line)
            switch kind.type {
            case "process": return .process(try decoder.decode(ProcessRecord.self, from: line))
            case "open": return .open(try decoder.decode(OpenRecord.self, from: line))
            case "stmt": return .statement(try decoder.decode(TracedStatement.self, from: line))
            case "error": return .error(try decoder.decode(TraceErrorRecord.self, from: line))
            case "unhooked": return .unhooked(try decoder.decode(UnhookedLibraryRecord.self, from: line))
            default:
                throw TraceError.malformedLine(
                    file: fileName, line: number, reason: "unknown record type \"\(kind.type)\"")
            }
        } catch let error as TraceError {
            throw error
        } catch {
            throw .malformedLine(file: fileName, line: number, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing key \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        case DecodingError.dataCorrupted: "not a JSON object"
        default: "\(error)"
        }
    }
}
