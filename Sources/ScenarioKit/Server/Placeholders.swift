/// `{name}` placeholders in a text: a name is a letter or `_` followed by letters, digits and `_`;
/// braces around anything else (JSON's `{"a": 1}`) are text.
enum Placeholders {
    /// The names in `text` with the offset (in characters) of each opening brace.
    static func find(in text: String) -> [(name: String, offset: Int)] {
        var found: [(String, Int)] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index] == "{", let close = nameEnd(characters, from: index + 1) {
                found.append((String(characters[(index + 1)..<close]), index))
                index = close + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// `text` with every placeholder replaced by `value(name)`; a name it returns nil for stays.
    static func fill(_ text: String, _ value: (String) -> String?) -> String {
        var output = ""
        var rest = Substring(text)
        for (name, _) in find(in: text) {
            guard let range = rest.range(of: "{\(name)}"), let replacement = value(name) else { continue }
            output += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return output + rest
    }

    /// The index of the `}` closing a name that starts at `start`, or nil when none does.
    private static func nameEnd(_ characters: [Character], from start: Int) -> Int? {
        guard start < characters.count, characters[start].isLetter || characters[start] == "_" else {
            return nil
        }
        var index = start + 1
        while index < characters.count,
            characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
        {
            index += 1
        }
        return index < characters.count && characters[index] == "}" ? index : nil
    }
}
