/// Member reads written in a string's text: its interpolations (`f"{service.team.name}"`,
/// `"#{order.customer.name}"`, `` `${(await post.author).name}` ``, Kotlin `"${book.series?.title}"`).
public enum Interpolation {
    /// The `receiver.member` pairs of `text`, in order.
    public static func memberReads(in text: String) -> [(receiver: String, member: String)] {
        var pairs: [(receiver: String, member: String)] = []
        var words: [String] = []
        var current = ""
        var afterDot = false
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                if afterDot, let previous = words.last { pairs.append((previous, current)) }
                words.append(current)
            }
            afterDot = character == "." && !current.isEmpty
            current = ""
        }
        if !current.isEmpty, afterDot, let previous = words.last { pairs.append((previous, current)) }
        return pairs
    }
}
