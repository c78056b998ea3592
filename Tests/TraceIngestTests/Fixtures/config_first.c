/* A program linked against libsqlite3 that configures SQLite before its first open, which SQLite
 * allows only before it is initialized: the tracer must not initialize it earlier. */
#include <sqlite3.h>
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    int config = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3 *db = NULL;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return 1;
    int rc = sqlite3_exec(db, "CREATE TABLE t(a); SELECT count(*) FROM t;", NULL, NULL, NULL);
    sqlite3_close(db);
    printf("config=%d rc=%d\n", config, rc);
    return 0;
}
