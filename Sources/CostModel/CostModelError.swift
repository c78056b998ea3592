import HundredfoldCore
import YAMLSupport

/// Bad pricing input: an unknown profile name, an unknown or negative inline price.
public enum CostModelError: DiagnosticError, Equatable {
    case unknownProfile(name: String, known: [String], location: SourceLocation?)
    case unknownPriceKey(key: String, location: SourceLocation?)
    case negativePrice(key: String, value: Double, location: SourceLocation?)

    public var diagnostic: Diagnostic {
        switch self {
        case .unknownProfile(let name, let known, let location):
            let nearest = Suggestion.nearest(to: name, in: known)
            return Diagnostic(
                location: location, keyPath: "pricing",
                message: "unknown pricing profile '\(name)'"
                    + (nearest.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "known profiles: \(known.joined(separator: ", ")); or write prices inline, "
                    + "e.g. { per_million_rows_read: 0.001 }; add '+free-tier' to a name to apply its free tier"
            )
        case .unknownPriceKey(let key, let location):
            let keys = PriceKey.allCases.map(\.rawValue)
            let nearest = Suggestion.nearest(to: key, in: keys)
            return Diagnostic(
                location: location, keyPath: "pricing.\(key)",
                message: "unknown price '\(key)'" + (nearest.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "prices are: \(keys.joined(separator: ", "))")
        case .negativePrice(let key, let value, let location):
            return Diagnostic(
                location: location, keyPath: "pricing.\(key)",
                message: "a price must be zero or more, got \(value)")
        }
    }
}
