/// A code example of a rule, in one language. `↓` marks where each finding must land (the
/// first character of the call); a triggering example has at least one.
public struct RuleExample: Sendable, Equatable {
    public static let marker: Character = "↓"
    /// At the start of a line: the change removes this line (it is in the base, not in the head).
    public static let removedMarker: Character = "⊖"

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

    /// The code without markers and without removed lines: the head version.
    public var source: String { headCode.filter { $0 != Self.marker } }

    /// The lines the change removes, placed before the head's next line.
    public var removedLines: [RemovedLine] {
        var result: [RemovedLine] = []
        var pending: [String] = []
        var headLine = 0
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == Self.removedMarker {
                pending.append(String(line.dropFirst()))
                continue
            }
            headLine += 1
            result += pending.map { RemovedLine(anchor: headLine, text: $0) }
            pending.removeAll()
        }
        return result + pending.map { RemovedLine(anchor: headLine + 1, text: $0) }
    }

    /// ``code`` without its removed lines (markers kept).
    private var headCode: String {
        code.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.first != Self.removedMarker }.joined(separator: "\n")
    }

    /// The (line, column) of each marker in ``source``, columns counted in Unicode scalars.
    public var markers: [(line: Int, column: Int)] {
        var result: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for character in headCode {
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
