/// SQLite's keywords (https://sqlite.org/lang_keywords.html), upper-cased by fingerprinting.
///
/// Left out on purpose: non-reserved words that schemas commonly use as column names (`plan`, `key`,
/// `first`, `rows`, …). They are lower-cased like every identifier, so a fingerprint still matches
/// however the SQL was cased, and reads `SELECT id, plan FROM t` rather than `SELECT id, PLAN FROM t`.
enum SQLKeywords {
    static let all: Set<String> = [
        "ABORT", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS", "ASC",
        "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST",
        "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS",
        "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT",
        "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH",
        "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL",
        "FALSE", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL", "GLOB",
        "GROUP", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX", "INDEXED",
        "INITIALLY", "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN",
        "LEFT", "LIKE", "LIMIT", "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING",
        "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER", "OUTER", "OVER",
        "PARTITION", "PRAGMA", "PRECEDING", "PRIMARY", "RAISE", "RECURSIVE",
        "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING",
        "RIGHT", "ROLLBACK", "SAVEPOINT", "SELECT", "SET", "TABLE",
        "TEMPORARY", "THEN", "TO", "TRANSACTION", "TRIGGER", "TRUE", "UNBOUNDED", "UNION",
        "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE",
        "WINDOW", "WITH", "WITHOUT",
    ]
}
