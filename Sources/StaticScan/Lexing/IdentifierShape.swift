/// What an identifier's spelling says about it.
public enum IdentifierShape {
    /// `MAX_ROWS`, `REMOTE_AUTH_GROUPS`, `V2`: a constant by convention in every language read here.
    static func isConstant<Name: StringProtocol>(_ name: Name) -> Bool {
        name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
    }

    /// The class names of at least `minimumWords` words a plural snake_case name may hold items
    /// of, longest first: `visible_custom_field_values` → `VisibleCustomFieldValue`,
    /// `CustomFieldValue`, `FieldValue`, `Value`; empty when the name is not plural.
    public static func itemTypeNames(ofPlural name: String, minimumWords: Int = 1) -> [String] {
        var words = name.split(separator: "_").map(String.init)
        guard let last = words.last, last.count > 2, last.hasSuffix("s"), !last.hasSuffix("ss") else {
            return []
        }
        words[words.count - 1] = last.hasSuffix("ies") ? last.dropLast(3) + "y" : String(last.dropLast())
        let capitalized = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return capitalized.indices.filter { capitalized.count - $0 >= minimumWords }.map {
            capitalized[$0...].joined()
        }
    }
}

extension Array where Element == Token {
    /// The index of the first token on `line` or after it (tokens are in source order), if any.
    func firstIndex(onOrAfterLine line: Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < count ? low : nil
    }
}
