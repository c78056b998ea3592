import Foundation
import HundredfoldCore
import Yams

/// Reads a YAML file's bytes into documents of ``YAMLValue``s, turning every way the bytes can be
/// wrong (not UTF-8, empty, malformed YAML, duplicate keys) into a ``YAMLError`` with a location.
public enum YAMLReader {
    /// The largest file read (4 MiB): far above any hand-written scenario or configuration.
    public static let maximumBytes = 4 << 20

    /// Every document of `data` (documents are separated by `---`), in order.
    /// - Parameter file: the file's path relative to the working directory, used in locations.
    public static func documents(in data: Data, file: String) throws -> [YAMLValue] {
        guard data.count <= maximumBytes else {
            throw YAMLError.limitExceeded(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: "the file is \(data.count) bytes; YAML inputs are read up to \(maximumBytes) bytes",
                hint: "scenario and configuration files are written by hand; check for a generated file")
        }
        guard let text = String(validatingUTF8Data: data) else {
            throw YAMLError.notUTF8(location: invalidUTF8Location(in: data, file: file))
        }
        if let violation = AliasExpansion.violation(in: text, file: file) { throw violation }
        let source = YAMLSource(text: text)
        var sequence: YamlSequence<Node>
        do {
            sequence = try Yams.compose_all(yaml: text)
        } catch {
            throw translate(error, file: file, source: source)
        }
        var roots: [YAMLValue] = []
        while let node = sequence.next() {
            roots.append(YAMLValue(node: node, file: file, keyPath: "", source: source))
        }
        if let error = sequence.error {
            throw translate(error, file: file, source: source)
        }
        let documents = roots.filter { !$0.isNull }
        if documents.isEmpty {
            throw YAMLError.empty(file: file, onlyComments: source.hasComments)
        }
        return documents
    }

    // MARK: - Errors

    static func translate(_ error: Error, file: String, source: YAMLSource) -> YAMLError {
        guard let yamlError = error as? YamlError else {
            return .syntax(
                location: SourceLocation(file: file, line: 1, column: 1), problem: "\(error)", hint: nil)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column)
            let plain = SyntaxProblem(
                problem: problem, context: context?.text,
                opened: context.map { "line \($0.mark.line), column \($0.mark.column)" },
                characterAtError: source.character(at: mark))
            return .syntax(location: location, problem: plain.message, hint: plain.hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let repeated = source.repetition(of: key, after: context.mark).map {
                SourceLocation(file: file, line: $0.line, column: $0.column)
            }
            return .duplicateKey(location: repeated ?? first, key: key, first: repeated == nil ? nil : first)
        case .reader(let problem, let offset, _, let yaml):
            let plain = SyntaxProblem(problem: problem, context: nil, opened: nil, characterAtError: nil)
            return .syntax(
                location: SourceLocation(file: file, byteOffset: offset ?? 0, in: yaml.utf8),
                problem: plain.message,
                hint: plain.hint)
        default:
            return .syntax(
                location: SourceLocation(file: file, line: 1, column: 1), problem: "\(yamlError)", hint: nil)
        }
    }

    /// The line and column of the first byte that is not part of valid UTF-8.
    static func invalidUTF8Location(in data: Data, file: String) -> SourceLocation {
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let length = utf8SequenceLength(bytes, at: offset)
            if length == 0 { break }
            offset += length
        }
        return SourceLocation(file: file, byteOffset: offset, in: bytes)
    }

    /// The length of the valid UTF-8 sequence starting at `offset`, or 0 when it is invalid.
    private static func utf8SequenceLength(_ bytes: [UInt8], at offset: Int) -> Int {
        let first = bytes[offset]
        let length: Int
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard offset + length <= bytes.count else { return 0 }
        let slice = Array(bytes[offset..<(offset + length)])
        return String(validatingUTF8Data: Data(slice)) == nil ? 0 : length
    }
}

extension String {
    /// The text of `data` when it is entirely valid UTF-8 (a leading byte-order mark is dropped).
    init?(validatingUTF8Data data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
        self = text
    }
}
