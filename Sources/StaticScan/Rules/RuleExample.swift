/// A code example of a rule, in one language. `↓` marks where each finding must land (the
/// first character of the call); a triggering example has at least one.
public struct RuleExample: Sendable, Equatable {
    public static let marker: Character = "↓"

    public var language: Language
    /// The code with its `↓` markers.
    public var code: String
    public var triggers: Bool

    public init(_ language: Language, _ code: String, triggers: Bool) {
        self.language = language
        self.code = code
        self.triggers = triggers
    }

    /// A bad example: the rule must report exactly the marked places.
    public static func triggering(_ language: Language, _ code: String) -> RuleExample {
        RuleExample(language, code, triggers: true)
    }

    /// A good example or a look-alike: the rule must stay silent.
    public static func nonTriggering(_ language: Language, _ code: String) -> RuleExample {
        RuleExample(language, code, triggers: false)
    }

    /// The code without markers, as a user would write it.
    public var source: String { code.filter { $0 != Self.marker } }

    /// The (line, column) of each marker in ``source``, columns counted in Unicode scalars.
    public var markers: [(line: Int, column: Int)] {
        var result: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for character in code {
            if character == Self.marker {
                result.append((line, column))
                continue
            }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return result
    }
}
