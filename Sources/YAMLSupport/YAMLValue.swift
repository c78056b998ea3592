import HundredfoldCore
import Yams

/// One node of a YAML document that knows where it is: its file:line:column and its key path
/// (`data.orders.columns.total`, `workload.steps[2].query`). Reads fail with a ``YAMLError`` that
/// says what was expected and what was found.
public struct YAMLValue {
    /// The underlying Yams node.
    public let node: Node
    /// The file, relative to the working directory.
    public let file: String
    /// Where this value sits in its document; empty for the document root.
    public let keyPath: String
    let source: YAMLSource

    init(node: Node, file: String, keyPath: String, source: YAMLSource) {
        self.node = node
        self.file = file
        self.keyPath = keyPath
        self.source = source
    }

    // MARK: - Location

    /// Where the value starts (1-based line and column, columns in Unicode scalars).
    public var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where the text of a scalar starts: for a block scalar (`|` or `>`), the first line of its
    /// content rather than the indicator; otherwise ``location``.
    public var contentLocation: SourceLocation {
        guard let scalar = node.scalar, scalar.style == .literal || scalar.style == .folded else {
            return location
        }
        let start = location
        if let (line, column) = source.firstContent(after: start.line) {
            return SourceLocation(file: file, line: line, column: column)
        }
        return start
    }

    /// The key path of the child under `key`.
    public func childPath(_ key: String) -> String { keyPath.isEmpty ? key : "\(keyPath).\(key)" }

    // MARK: - Kinds

    /// What a scalar resolved to under YAML's core schema (quoted text is always ``ScalarKind/text``).
    public enum ScalarKind: Sendable {
        case null, integer, real, boolean, text
    }

    /// The kind of a scalar; nil for mappings, lists and aliases.
    public var scalarKind: ScalarKind? {
        guard node.scalar != nil else { return nil }
        switch node.tag.kind {
        case .null: return .null
        case .int: return .integer
        case .float: return .real
        case .bool: return .boolean
        default: return .text
        }
    }

    public var isNull: Bool { scalarKind == .null }
    public var isScalar: Bool { node.scalar != nil }
    public var isMapping: Bool { node.mapping != nil }
    public var isSequence: Bool { node.sequence != nil }

    /// A short phrase naming what the value is, for "expected X, found Y".
    public var foundDescription: String {
        if let scalar = node.scalar {
            let shown = scalar.string.count > 40 ? String(scalar.string.prefix(37)) + "..." : scalar.string
            switch scalarKind {
            case .null: return "nothing (null)"
            case .integer: return "the integer \(shown)"
            case .real: return "the number \(shown)"
            case .boolean: return "the boolean \(shown)"
            default: return shown.isEmpty ? "empty text" : "the text '\(shown)'"
            }
        }
        if node.mapping != nil { return "a mapping" }
        if node.sequence != nil { return "a list" }
        return "an alias"
    }

    /// Throws "expected `expected`, found …" at this value.
    public func mismatch(_ expected: String) -> YAMLError {
        .typeMismatch(location: location, keyPath: keyPath, expected: expected, found: foundDescription)
    }

    /// An ``YAMLError/invalidValue(location:keyPath:message:hint:)`` at this value.
    public func invalid(_ message: String, hint: String? = nil) -> YAMLError {
        .invalidValue(location: location, keyPath: keyPath, message: message, hint: hint)
    }

    // MARK: - Scalars

    /// Any non-null scalar as written (numbers and booleans as their text).
    public func string() throws -> String {
        guard let scalar = node.scalar, scalarKind != .null else { throw mismatch("text") }
        return scalar.string
    }

    /// An integer (`5`, `-3`, `0x1F`); quoted text and reals are rejected.
    public func int() throws -> Int {
        guard scalarKind == .integer else { throw mismatch("an integer") }
        guard let value = node.int else {
            throw invalid(
                "the integer \(node.scalar?.string ?? "") is out of range (\(Int.min) to \(Int.max))")
        }
        return value
    }

    /// A finite number, integer or real.
    public func double() throws -> Double {
        guard scalarKind == .integer || scalarKind == .real,
            let value = node.float ?? node.int.map(Double.init), value.isFinite
        else { throw mismatch("a number") }
        return value
    }

    /// `true` or `false`.
    public func bool() throws -> Bool {
        guard scalarKind == .boolean, let value = node.bool else {
            throw mismatch("true or false")
        }
        return value
    }

    // MARK: - Collections

    /// The items of a list, each with its key path (`steps[0]`).
    public func sequence(expected: String = "a list") throws -> [YAMLValue] {
        guard let sequence = node.sequence else { throw mismatch(expected) }
        return sequence.enumerated().map { index, item in
            YAMLValue(node: item, file: file, keyPath: "\(keyPath)[\(index)]", source: source)
        }
    }

    /// The value as a mapping with string keys, rejecting keys outside `allowedKeys` (when given)
    /// with the nearest valid key suggested.
    public func mapping(allowedKeys: [String]? = nil, expected: String = "a mapping") throws -> YAMLMapping {
        guard let mapping = node.mapping else { throw mismatch(expected) }
        var entries: [YAMLMapping.Entry] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = YAMLValue(node: keyNode, file: file, keyPath: keyPath, source: source)
            guard let key = keyNode.scalar?.string, keyValue.scalarKind != .null else {
                throw keyValue.mismatch("a plain key")
            }
            if let allowedKeys, !allowedKeys.contains(key) {
                throw YAMLError.unknownKey(
                    location: keyValue.location, keyPath: keyPath, key: key,
                    suggestion: Suggestion.nearest(to: key, in: allowedKeys), valid: allowedKeys)
            }
            let value = YAMLValue(node: valueNode, file: file, keyPath: childPath(key), source: source)
            entries.append(.init(key: key, keyLocation: keyValue.location, value: value))
        }
        return YAMLMapping(entries: entries, owner: self)
    }
}
