import HundredfoldCore

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

/// The nearest known word to a misspelled one, by edit distance.
enum Suggestion {
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else {
            return nil
        }
        return best.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
