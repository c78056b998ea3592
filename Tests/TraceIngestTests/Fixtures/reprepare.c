/* A program that finalizes a statement and prepares another SQL text of the same length, over and
 * over: a new statement and its copy of the SQL land at the addresses an earlier statement with
 * another text had. It prints whether that happened, so a test can tell its case was exercised. */
#include <sqlite3.h>
#include <stdio.h>

static const char *const texts[] = {"SELECT 'one' AS v", "SELECT 'two' AS v", "SELECT 'x\"y' AS v"};

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return 1;
    const void *statements[9];
    const char *sql[9];
    int reused = 0;
    for (int i = 0; i < 9; i++) {
        sqlite3_stmt *stmt;
        if (sqlite3_prepare_v2(db, texts[i % 3], -1, &stmt, NULL) != SQLITE_OK) return 1;
        statements[i] = stmt;
        sql[i] = sqlite3_sql(stmt);
        for (int j = 0; j < i; j++) {
            if (statements[j] == statements[i] && sql[j] == sql[i] && j % 3 != i % 3) reused++;
        }
        if (sqlite3_step(stmt) != SQLITE_ROW) return 1;
        printf("%s ", (const char *)sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    /* sqlite3_exec prepares and finalizes inside the library. */
    for (int i = 0; i < 3; i++) {
        if (sqlite3_exec(db, texts[i], NULL, NULL, NULL) != SQLITE_OK) return 1;
    }
    printf("reused=%d\n", reused > 0);
    sqlite3_close(db);
    return 0;
}
