/// What a call does to the outside world; the fixed `kind` values of a finding.
public enum CallKind: String, Sendable, CaseIterable, Codable, Hashable {
    case dbRead = "db-read"
    case dbWrite = "db-write"
    case http
    case cache
    case storage
    case queue

    /// Whether the call goes to the database.
    public var isDatabase: Bool { self == .dbRead || self == .dbWrite }
}

/// SQL text helpers: the statement verb decides read or write.
public enum SQLText {
    private static let reads: Set<String> = [
        "SELECT", "WITH", "SHOW", "EXPLAIN", "VALUES", "PRAGMA", "TABLE",
    ]
    private static let writes: Set<String> = [
        "INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "UPSERT", "CREATE", "ALTER", "DROP", "TRUNCATE",
        "CALL",
        "EXEC", "EXECUTE",
    ]

    /// `db-read` or `db-write` when `text` starts (after blanks and parentheses) with a SQL verb.
    public static func kind(of text: String) -> CallKind? {
        var word = ""
        for character in text.unicodeScalars {
            if word.isEmpty,
                character == " " || character == "\n" || character == "\t" || character == "("
                    || character == "\r"
            {
                continue
            }
            guard character.properties.isAlphabetic, word.count < 10 else { break }
            word.unicodeScalars.append(character)
        }
        let verb = word.uppercased()
        if reads.contains(verb) { return .dbRead }
        if writes.contains(verb) { return .dbWrite }
        return nil
    }
}
