#include "insert_loop.h"
#include <sqlite3.h>
#include <stdio.h>

static uint64_t next(uint64_t *state) {
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

int64_t hf_insert_loop(const char *path, const char *schema, int64_t rows) {
    sqlite3 *db = NULL;
    sqlite3_stmt *insert = NULL;
    int64_t done = -1;
    if (sqlite3_open(path, &db) != SQLITE_OK) goto end;
    if (sqlite3_exec(db, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF", NULL, NULL, NULL) != SQLITE_OK) goto end;
    if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK) goto end;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO orders (id, user_id, qty, total, status, note, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
            -1, &insert, NULL) != SQLITE_OK) goto end;
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    static const char *statuses[] = {"new", "paid", "shipped"};
    static const char letters[] = "etaoinshrdlucmfwypvbgkjqxz";
    uint64_t state = 0x9e3779b97f4a7c15ULL;
    char note[41];
    char created[21];
    for (int64_t i = 0; i < rows; i++) {
        uint64_t r = next(&state);
        int length = (int)(r % 41);
        for (int c = 0; c < length; c++) note[c] = letters[next(&state) % 26];
        snprintf(created, sizeof created, "2024-%02d-%02dT%02d:%02d:%02dZ", (int)(r % 12) + 1, (int)(r % 28) + 1,
                 (int)(r % 24), (int)(r % 60), (int)((r >> 8) % 60));
        sqlite3_bind_int64(insert, 1, i + 1);
        sqlite3_bind_int64(insert, 2, (int64_t)(r % 1000) + 1);
        sqlite3_bind_int64(insert, 3, (int64_t)((r >> 16) % 10) + 1);
        sqlite3_bind_double(insert, 4, 1.0 + (double)(r >> 11) * 0x1.0p-53 * 499.0);
        sqlite3_bind_text(insert, 5, statuses[(r >> 24) % 3], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, note, length, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 7, created, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) goto end;
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    done = rows;
end:
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return done;
}
