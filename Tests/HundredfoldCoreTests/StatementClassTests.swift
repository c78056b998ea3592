import HundredfoldCore
import Testing

/// Each class with the statements real drivers run (Django, SQLAlchemy, ActiveRecord, Python's
/// sqlite3), and the look-alikes an application itself runs, which stay `application`.
@Suite struct StatementClassTests {
    @Test(arguments: [
        "BEGIN ", "BEGIN IMMEDIATE TRANSACTION", "COMMIT", "END TRANSACTION", "ROLLBACK",
        "SAVEPOINT \"s140_x1\"", "RELEASE SAVEPOINT \"s140_x1\"", "ROLLBACK TO SAVEPOINT \"s140_x1\"",
        "  -- Django atomic\n commit",
    ])
    func transactionControl(sql: String) {
        #expect(StatementClass(sql: sql) == .transaction)
    }

    @Test(arguments: [
        "PRAGMA foreign_keys = ON", "PRAGMA legacy_alter_table = OFF", "PRAGMA read_uncommitted",
        "PRAGMA main.journal_mode = WAL", "pragma foreign_keys", "PRAGMA optimize",
        "select sqlite_compileoption_used('ENABLE_MATH_FUNCTIONS')",
        "SELECT sqlite_compileoption_get(0) AS option;",
        "SELECT sqlite_compileoption_used(?), sqlite_compileoption_get(?)", "SELECT sqlite_version(*)",
    ])
    func connectionSetup(sql: String) {
        #expect(StatementClass(sql: sql) == .connectionSetup)
    }

    @Test(arguments: [
        "PRAGMA table_xinfo(\"books\")", "PRAGMA main.index_list(\"books\")",
        "PRAGMA index_info('books_year')",
        "PRAGMA foreign_key_list(\"authors\")", "pragma TABLE_INFO(books)",
        "SELECT sql FROM (SELECT * FROM sqlite_master UNION ALL SELECT * FROM sqlite_temp_master) WHERE type = 'table' AND name = 'books'",
        "SELECT name FROM \"sqlite_schema\" WHERE type = 'index'",
        "SELECT name FROM pragma_table_list WHERE schema <> 'temp' AND name NOT IN ('sqlite_sequence')",
        "SELECT * FROM pragma_table_info(?) ORDER BY cid",
    ])
    func schemaIntrospection(sql: String) {
        #expect(StatementClass(sql: sql) == .schemaIntrospection)
    }

    @Test(arguments: ["SELECT QUOTE(?)", "SELECT QUOTE(?), QUOTE(?), QUOTE(?)", "select quote(:p)"])
    func instrumentation(sql: String) {
        #expect(StatementClass(sql: sql) == .instrumentation)
    }

    /// Statements that share a word or a function with another class but do the application's work.
    @Test(arguments: [
        "SELECT quote(name) FROM customers",  // quotes a column of a table it reads
        "SELECT QUOTE(name)",  // not a parameter: no table, but not Django's quoting either
        "SELECT QUOTE(?) FROM customers WHERE id = ?",
        "SELECT sqlite_compileoption_used(?), count(*) FROM orders",  // a probe beside a real read
        "SELECT sqlite_version(*) AS v FROM settings",  // a probe reading a table is the application's
        "SELECT id, \"begin\", \"commit\" FROM events",  // columns named like transaction words
        "SELECT begin_at FROM pragmas WHERE table_info = ?",  // names that only start like one
        "INSERT INTO audit(sql) VALUES ('SELECT * FROM sqlite_master')",  // in a string literal
        "SELECT 'hundredfold:begin'", "SELECT 1", "WITH t AS (SELECT 1) SELECT * FROM t",
        "UPDATE orders SET total = total + 1 WHERE id = ?", "CREATE TABLE t(id INTEGER PRIMARY KEY)", "",
    ])
    func applicationLookAlikes(sql: String) {
        #expect(StatementClass(sql: sql) == .application)
    }

    /// PostgreSQL's forms, as `pg_stat_statements` normalizes them (`$1` for constants).
    @Test(arguments: [
        "START TRANSACTION ISOLATION LEVEL SERIALIZABLE", "ABORT", "begin",
        "BEGIN ISOLATION LEVEL READ COMMITTED",
    ])
    func postgresTransactionControl(sql: String) {
        #expect(StatementClass(sql: sql) == .transaction)
    }

    @Test(arguments: [
        "SET TIME ZONE 'UTC'", "SET search_path TO public", "SHOW server_version", "RESET ALL", "DISCARD ALL",
        "DEALLOCATE ALL", "SELECT version()", "SELECT set_config($1, $2, $3)", "select current_setting($1)",
        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
    ])
    func postgresConnectionSetup(sql: String) {
        #expect(StatementClass(sql: sql) == .connectionSetup)
    }

    @Test(arguments: [
        "SELECT t.oid, typarray FROM pg_type t JOIN pg_namespace ns ON typnamespace = ns.oid WHERE typname = $1",
        "SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relkind IN ($1, $2)",
        "SELECT column_name FROM information_schema.columns WHERE table_name = $1",
        "SELECT 1 FROM pg_indexes WHERE tablename = $1",
    ])
    func postgresSchemaIntrospection(sql: String) {
        #expect(StatementClass(sql: sql) == .schemaIntrospection)
    }

    /// A PostgreSQL function beside the application's work, a setting word inside an UPDATE, a
    /// `version()` read from a table: the application's.
    @Test(arguments: [
        "SELECT pg_sleep($1)", "SELECT id FROM orders WHERE created > pg_postmaster_start_time()",
        "UPDATE settings SET value = $1 WHERE name = $2", "SELECT version() FROM releases",
        "SELECT \"show\" FROM events", "START_AT", "SELECT start, abort FROM jobs",
    ])
    func postgresApplicationLookAlikes(sql: String) {
        #expect(StatementClass(sql: sql) == .application)
    }
}
