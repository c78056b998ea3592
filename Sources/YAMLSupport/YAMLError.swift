import HundredfoldCore

/// Bad input found while reading a YAML file: malformed YAML, a value of the wrong type, an unknown
/// or missing key. Every case knows where it is (`file:line:column`) and its key path.
public enum YAMLError: DiagnosticError, Equatable {
    /// The bytes are not UTF-8 text.
    case notUTF8(location: SourceLocation)
    /// The file holds no YAML document (empty, or only comments and blank lines).
    case empty(file: String, onlyComments: Bool)
    /// libyaml could not read the text (bad indentation, a tab, an unclosed quote, …).
    case syntax(location: SourceLocation, problem: String, hint: String?)
    /// The same key appears twice in one mapping; `location` is the repetition when it can be
    /// found, `first` the first occurrence.
    case duplicateKey(location: SourceLocation, key: String, first: SourceLocation?)
    /// A value of the wrong kind: `expected` and `found` are phrases ("an integer", "text 'abc'").
    case typeMismatch(location: SourceLocation, keyPath: String, expected: String, found: String)
    /// A key that is not part of the format, with the nearest valid key when one is close.
    case unknownKey(
        location: SourceLocation, keyPath: String, key: String, suggestion: String?, valid: [String])
    /// A required key is absent from a mapping.
    case missingKey(location: SourceLocation, keyPath: String, key: String)
    /// A value of the right type that is not allowed (out of range, inconsistent, …).
    case invalidValue(location: SourceLocation, keyPath: String, message: String, hint: String?)
    /// The text passes a size bound checked before it is composed (alias expansion, nesting).
    case limitExceeded(location: SourceLocation, message: String, hint: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .notUTF8(let location):
            return Diagnostic(
                location: location, message: "the file is not valid UTF-8 text",
                hint: "save the file as UTF-8")
        case .empty(let file, let onlyComments):
            return Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: onlyComments
                    ? "the file contains only comments; expected at least one YAML document"
                    : "the file is empty; expected at least one YAML document")
        case .syntax(let location, let problem, let hint):
            return Diagnostic(location: location, message: "malformed YAML: \(problem)", hint: hint)
        case .duplicateKey(let location, let key, let first):
            let firstText = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
            return Diagnostic(
                location: location,
                message: "duplicate key '\(key)'\(firstText): each key may appear only once in a mapping")
        case .typeMismatch(let location, let keyPath, let expected, let found):
            return Diagnostic(
                location: location, keyPath: keyPath, message: "expected \(expected), found \(found)")
        case .unknownKey(let location, let keyPath, let key, let suggestion, let valid):
            let message = "unknown key '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            return Diagnostic(
                location: location, keyPath: keyPath, message: message,
                hint: "valid keys here: \(valid.joined(separator: ", "))")
        case .missingKey(let location, let keyPath, let key):
            return Diagnostic(location: location, keyPath: keyPath, message: "missing required key '\(key)'")
        case .invalidValue(let location, let keyPath, let message, let hint):
            return Diagnostic(location: location, keyPath: keyPath, message: message, hint: hint)
        case .limitExceeded(let location, let message, let hint):
            return Diagnostic(location: location, message: message, hint: hint)
        }
    }
}
