/* A program using the system libsqlite3 that installs its own trace callbacks and runs one
 * prepared statement several times (a statement cache): its output must not change when traced. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static int own_statements = 0;
static int own_rows = 0;
static int legacy_statements = 0;

static int own_callback(unsigned type, void *context, void *statement, void *detail) {
    (void)statement; (void)detail;
    if (context != &own_statements) abort();
    if (type == SQLITE_TRACE_STMT) own_statements++;
    if (type == SQLITE_TRACE_ROW) own_rows++;
    return 0;
}

static void legacy_callback(void *context, const char *sql) {
    (void)sql;
    if (context != &legacy_statements) abort();
    legacy_statements++;
}

static void check(int rc, sqlite3 *db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    sqlite3 *db;
    check(sqlite3_open(argv[1], &db), db);
    check(sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT);"
                           "DELETE FROM t; INSERT INTO t VALUES (1, 'a'), (2, 'bb'), (3, 'ccc');", 0, 0, 0), db);
    check(sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, own_callback, &own_statements), db);

    sqlite3_stmt *lookup;
    check(sqlite3_prepare_v2(db, "SELECT v FROM t WHERE id = ?", -1, &lookup, 0), db);
    int length = 0;
    for (int i = 1; i <= 5; i++) {
        sqlite3_bind_int(lookup, 1, (i - 1) % 3 + 1);
        while (sqlite3_step(lookup) == SQLITE_ROW) length += sqlite3_column_bytes(lookup, 0);
        sqlite3_reset(lookup);
    }
    sqlite3_finalize(lookup);

    /* The legacy interface replaces the v2 callback, as in SQLite. */
    sqlite3_trace(db, legacy_callback, &legacy_statements);
    check(sqlite3_exec(db, "SELECT count(*) FROM t; SELECT max(id) FROM t;", 0, 0, 0), db);
    sqlite3_close(db);
    printf("length=%d own_statements=%d own_rows=%d legacy_statements=%d\n", length, own_statements, own_rows,
           legacy_statements);
    return 0;
}
