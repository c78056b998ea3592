/*
 * The SQLite functions this library interposes. Each calls the real function and changes nothing
 * the program can observe: results, return codes and the program's own trace callbacks are kept.
 */
#include "connection.h"

// MARK: - Opening connections

/* Records a connection just opened and traces it, unless the auto-extension hook already did
 * during the real open (`claim`). */
static void hf_connection_opened(
    const hf_sqlite_api *api, const hf_open_claim *claim, sqlite3 *db, int rc, const char *name,
    const char *filename) {
    if (!hf_output_enabled()) return;
    if (rc != SQLITE_OK || db == NULL) {
        hf_record_open(api, NULL, db, name, filename, rc, 0);
        return;
    }
    int traced = claim->traced;
    hf_connection *connection = claim->db == db ? claim->connection : hf_connection_trace(api, db, &traced);
    hf_record_open(api, connection, db, name, filename, rc, traced);
}

int sqlite3_open(const char *filename, sqlite3 **db) {
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) {
        hf_record_error(hf_api_error());
        return SQLITE_CANTOPEN;
    }
    hf_open_claim claim;
    hf_open_claim_begin(api, &claim);
    int rc = api->open(filename, db);
    hf_open_claim_end(&claim);
    hf_connection_opened(api, &claim, db ? *db : NULL, rc, "sqlite3_open", filename);
    return rc;
}

int sqlite3_open_v2(const char *filename, sqlite3 **db, int flags, const char *vfs) {
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) {
        hf_record_error(hf_api_error());
        return SQLITE_CANTOPEN;
    }
    hf_open_claim claim;
    hf_open_claim_begin(api, &claim);
    int rc = api->open_v2(filename, db, flags, vfs);
    hf_open_claim_end(&claim);
    hf_connection_opened(api, &claim, db ? *db : NULL, rc, "sqlite3_open_v2", filename);
    return rc;
}

/* The UTF-16 name is not converted: the record takes the name SQLite resolved it to. */
int sqlite3_open16(const void *filename, sqlite3 **db) {
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) {
        hf_record_error(hf_api_error());
        return SQLITE_CANTOPEN;
    }
    hf_open_claim claim;
    hf_open_claim_begin(api, &claim);
    int rc = api->open16(filename, db);
    hf_open_claim_end(&claim);
    hf_connection_opened(api, &claim, db ? *db : NULL, rc, "sqlite3_open16", "");
    return rc;
}

// MARK: - The program's own trace callbacks

/* On a traced connection the program's callback is kept beside this library's, which stays
 * installed; each call replaces the program's previous callback, as in SQLite. */
int sqlite3_trace_v2(sqlite3 *db, unsigned mask, int (*callback)(unsigned, void *, void *, void *), void *context) {
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) return SQLITE_MISUSE;
    hf_connection *connection = hf_connection_find(db);
    if (connection == NULL) return api->trace_v2(db, mask, callback, context);
    if (mask == 0) callback = NULL;
    if (callback == NULL) mask = 0;
    sqlite3_mutex *mutex = api->db_mutex(db);
    if (mutex != NULL) api->mutex_enter(mutex);
    connection->user_v2 = callback;
    connection->user_mask = mask;
    connection->user_legacy = NULL;
    connection->user_context = context;
    if (mutex != NULL) api->mutex_leave(mutex);
    return SQLITE_OK;
}

/* The legacy interface: the callback receives each statement's SQL with bound values expanded. */
void *sqlite3_trace(sqlite3 *db, void (*callback)(void *, const char *), void *context) {
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) return NULL;
    hf_connection *connection = hf_connection_find(db);
    if (connection == NULL) return api->trace(db, callback, context);
    sqlite3_mutex *mutex = api->db_mutex(db);
    if (mutex != NULL) api->mutex_enter(mutex);
    void *previous = connection->user_context;
    connection->user_legacy = callback;
    connection->user_v2 = NULL;
    connection->user_mask = 0;
    connection->user_context = context;
    if (mutex != NULL) api->mutex_leave(mutex);
    return previous;
}
