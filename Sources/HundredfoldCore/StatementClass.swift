/// What a statement is for, so `queries_per_request` counts what the application itself asked for
/// and equals the count its framework reports.
///
/// The class is decided from the statement's tokens (``SQLTokenizer``), never from its bound
/// values, by the rules of ``StatementClassRules``:
/// - `transaction`: `BEGIN`, `COMMIT`, `END`, `ROLLBACK`, `SAVEPOINT`, `RELEASE`, `ABORT`,
///   `START TRANSACTION`.
/// - `schema_introspection`: a catalog `PRAGMA` (`table_info`, `index_list`, …), or a read that
///   names `sqlite_master`/`sqlite_schema`, a catalog table-valued pragma (`pragma_table_info`),
///   PostgreSQL's `information_schema` or a `pg_` catalog (`pg_catalog.pg_type`, `pg_class`).
/// - `connection_setup`: any other `PRAGMA` (wherever it runs: `PRAGMA foreign_keys` is a setting,
///   not a query); PostgreSQL's `SET`, `SHOW`, `RESET`, `DISCARD`, `DEALLOCATE`; and a `SELECT`
///   without `FROM` that only calls probes (`sqlite_compileoption_used(…)`, which Django runs on
///   connect; `version()`, `set_config(…)`, `current_setting(…)`).
/// - `instrumentation`: `SELECT QUOTE(?), QUOTE(?), …` without `FROM`, which Django runs to show
///   a query's parameters in `connection.queries` (`DEBUG=True`, `CaptureQueriesContext`).
/// - `application`: everything else, including `SELECT quote(name) FROM t`.
public enum StatementClass: String, CaseIterable, Codable, Sendable {
    case application
    case transaction
    case connectionSetup = "connection_setup"
    case schemaIntrospection = "schema_introspection"
    case instrumentation

    /// The class of one statement's SQL.
    public init(sql: String) {
        self = Self.classify(SQLTokenizer.tokens(of: sql))
    }

    private static func classify(_ tokens: [SQLToken]) -> StatementClass {
        guard let first = tokens.first else { return .application }
        let firstWord = first.text.uppercased()
        if StatementClassRules.transactionWords.contains(firstWord) { return .transaction }
        if firstWord == "START", tokens.dropFirst().first?.text.uppercased() == "TRANSACTION" {
            return .transaction
        }
        if StatementClassRules.settingWords.contains(firstWord) { return .connectionSetup }
        if first == .word("PRAGMA") { return pragmaClass(tokens.dropFirst()) }
        guard first == .word("SELECT") || first == .word("WITH") else { return .application }
        if let functions = calledFunctionsWithoutFrom(tokens.dropFirst()) {
            if functions.allSatisfy({ $0 == StatementClassRules.quoteFunction }) { return .instrumentation }
            if functions.allSatisfy(StatementClassRules.optionProbes.contains) { return .connectionSetup }
        }
        for (token, next) in zip(tokens, tokens.dropFirst().map(Optional.some) + [nil])
        where isCatalogTable(token, followedBy: next) {
            return .schemaIntrospection
        }
        return .application
    }

    /// `PRAGMA [schema.]name …`: a catalog pragma reads the schema, any other is a setting.
    private static func pragmaClass(_ tokens: ArraySlice<SQLToken>) -> StatementClass {
        var rest = tokens
        if rest.dropFirst().first == .punct(".") { rest = rest.dropFirst(2) }
        guard let name = rest.first.map(unquoted) else { return .connectionSetup }
        return StatementClassRules.catalogPragmas.contains(name) ? .schemaIntrospection : .connectionSetup
    }

    /// The functions of a `SELECT` list made only of calls (`f(…) [AS alias], …`) with no `FROM`
    /// or any other clause; nil for any other shape. `QUOTE` counts only with one parameter.
    private static func calledFunctionsWithoutFrom(_ tokens: ArraySlice<SQLToken>) -> [String]? {
        var functions: [String] = []
        var rest = tokens
        while let name = rest.first {
            guard case .identifier(let function) = name, rest.dropFirst().first == .punct("(") else {
                return nil
            }
            guard let close = rest.firstIndex(of: .punct(")")) else { return nil }
            let arguments = rest[(rest.startIndex + 2)..<close]
            if function == StatementClassRules.quoteFunction, Array(arguments) != [.placeholder] {
                return nil
            }
            functions.append(function)
            rest = rest[(close + 1)...]
            if rest.first == .word("AS") { rest = rest.dropFirst(2) }
            switch rest.first {
            case nil, .punct(";"): return functions
            case .punct(","): rest = rest.dropFirst()
            default: return nil
            }
        }
        return nil
    }

    private static func isCatalogTable(_ token: SQLToken, followedBy next: SQLToken?) -> Bool {
        guard case .identifier = token else { return false }
        let name = unquoted(token)
        if StatementClassRules.catalogTables.contains(name) { return true }
        // PostgreSQL's catalogs (`pg_class`, `pg_catalog.pg_type`), not its functions (`pg_sleep(…)`).
        if name.hasPrefix("pg_"), next != .punct("(") { return true }
        return name.hasPrefix("pragma_")
            && StatementClassRules.catalogPragmas.contains(String(name.dropFirst(7)))
    }

    /// An identifier's name without its quotes, lower-cased.
    private static func unquoted(_ token: SQLToken) -> String {
        var text = Substring(token.text)
        if let first = text.first, "\"`[".contains(first) { text = text.dropFirst().dropLast() }
        return text.lowercased()
    }
}

/// The data behind ``StatementClass``: which words, pragmas, tables and functions belong to which
/// class. Every name is lower-case except the transaction keywords.
public enum StatementClassRules {
    /// First keywords of transaction control statements.
    public static let transactionWords: Set<String> = [
        "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "ABORT",
    ]
    /// First keywords of PostgreSQL's session settings and their reads (a driver's `SET TIME ZONE`,
    /// `SHOW server_version`, a pool's `DISCARD ALL`).
    public static let settingWords: Set<String> = ["SET", "SHOW", "RESET", "DISCARD", "DEALLOCATE"]
    /// Pragmas that read the schema (ActiveRecord and SQLAlchemy's reflection run them per table).
    /// Every other pragma is connection setup.
    public static let catalogPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "database_list", "collation_list", "function_list", "module_list",
        "pragma_list",
    ]
    /// The schema tables (and PostgreSQL's standard catalog schema): a read that names one is
    /// schema introspection.
    public static let catalogTables: Set<String> = [
        "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema", "information_schema",
    ]
    /// Functions a driver calls to learn what the library supports, in a `SELECT` without `FROM`:
    /// Django's `sqlite_compileoption_used`, ActiveRecord's `SELECT sqlite_version(*)` on connect
    /// (which Rails' own query counter in its test suite ignores, as it does schema reads);
    /// PostgreSQL's `version()` and session settings read or set as functions.
    public static let optionProbes: Set<String> = [
        "sqlite_compileoption_used", "sqlite_compileoption_get", "sqlite_version", "version", "set_config",
        "current_setting",
    ]
    /// Django's parameter quoting for `connection.queries`: `SELECT QUOTE(?), …`.
    public static let quoteFunction = "quote"
}
