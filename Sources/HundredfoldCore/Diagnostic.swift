/// A user-facing problem with the input: where it is and what was expected.
///
/// Every module's error type that stands for bad input conforms to ``DiagnosticError``; the command
/// line prints its ``Diagnostic`` and exits with code 2. Errors that are bugs do not conform, and
/// exit with code 3.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?
    /// The key path inside a structured file (`data.orders.columns.total`), when there is one.
    public var keyPath: String?
    /// What is wrong and what was expected, in one sentence.
    public var message: String
    /// What the user can do about it, when that is not obvious from the message.
    public var hint: String?

    public init(location: SourceLocation? = nil, keyPath: String? = nil, message: String, hint: String? = nil)
    {
        self.location = location
        self.keyPath = keyPath
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: key.path: message (hint)`: the one format every error is printed in.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "error: "
        if let keyPath, !keyPath.isEmpty { text += "\(keyPath): " }
        text += message
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// An error caused by the user's input (a file, a flag, a git ref), reported with exit code 2.
public protocol DiagnosticError: Error, CustomStringConvertible {
    var diagnostic: Diagnostic { get }
}

extension DiagnosticError {
    public var description: String { diagnostic.description }
}
