import HundredfoldCore
import YAMLSupport

/// Bad input in `hundredfold.yml`, reported as `file:line:column: error: key.path: message`.
public enum ConfigurationError: DiagnosticError {
    /// A problem inside the YAML (syntax, types, unknown keys, invalid values).
    case yaml(YAMLError)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file holds more than one YAML document.
    case severalDocuments(file: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .yaml(let error):
            return error.diagnostic
        case .unreadable(let path, let reason):
            return Diagnostic(message: "cannot read '\(path)': \(reason)")
        case .severalDocuments(let file):
            return Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: "hundredfold.yml must hold one YAML document, found several (separated by ---)")
        }
    }
}
