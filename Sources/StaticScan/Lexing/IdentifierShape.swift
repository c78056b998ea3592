/// What an identifier's spelling says about it.
enum IdentifierShape {
    /// `MAX_ROWS`, `REMOTE_AUTH_GROUPS`, `V2`: a constant by convention in every language read here.
    static func isConstant<Name: StringProtocol>(_ name: Name) -> Bool {
        name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
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
