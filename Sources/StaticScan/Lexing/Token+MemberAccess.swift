extension Array where Element == Token {
    /// Whether the token at `index` is a member-access operator in `language`: `.` and `?.`
    /// everywhere, `->`/`?->` in PHP, `::` in PHP and Ruby, `&.` in Ruby.
    public func isMemberAccess(at index: Int, in language: Language) -> Bool {
        guard index >= 0, index < count, self[index].kind == .punctuation else { return false }
        switch self[index].text {
        case ".", "?.": return true
        case "->", "?->": return language == .php
        case "::": return language == .php || language == .ruby
        case "&.": return language == .ruby
        default: return false
        }
    }
}
