/* Per-connection state of the tracer. Internal. */
#ifndef HUNDREDFOLD_TRACE_CONNECTION_H
#define HUNDREDFOLD_TRACE_CONNECTION_H

#include "trace_internal.h"

enum { HF_COUNTER_COUNT = 4 };

/* One statement execution in progress: from its STMT event to its PROFILE event. */
typedef struct hf_execution {
    sqlite3_stmt *stmt;
    /* CLOCK_MONOTONIC at the STMT event, in nanoseconds. */
    long long started_ns;
    /* The request in flight at the STMT event (hf_current_request), -1 when none is counted. */
    long long request;
    long long rows;
    long long bytes;
    int total_changes;
    int readonly;
    /* VM_STEP, FULLSCAN_STEP, SORT, AUTOINDEX when the execution started. */
    int counters[HF_COUNTER_COUNT];
} hf_execution;

/* The start of a statement record, up to and including its escaped SQL, for one prepared
 * statement: `{"type":"stmt","pid":P,"conn":C,"sql":"…"`. A program that re-runs a prepared
 * statement (Python's statement cache, an ORM's) records the same text on every execution. */
typedef struct hf_sql_entry {
    sqlite3_stmt *stmt;
    long pid;
    /* The SQL the prefix was built from, compared in full before every reuse. */
    char *sql;
    size_t sql_length;
    char *prefix;
    size_t prefix_length;
} hf_sql_entry;

enum { HF_SQL_CACHE_SLOTS = 64 };

/* A traced connection and the program's own trace callback on it, if any. */
typedef struct hf_connection {
    sqlite3 *db;
    long id;
    unsigned user_mask;
    int (*user_v2)(unsigned, void *, void *, void *);
    void (*user_legacy)(void *, const char *);
    void *user_context;
    hf_execution *active;
    size_t active_count;
    size_t active_capacity;
    /* HF_SQL_CACHE_SLOTS entries, indexed by the statement's address; NULL until first used. */
    hf_sql_entry *sql_cache;
    struct hf_connection *next;
} hf_connection;

/* MARK: - connection.c */

/* A new traced connection, with a process-unique id; NULL when out of memory. */
HF_HIDDEN hf_connection *hf_connection_register(sqlite3 *db);
/* Registers `db` and installs the trace callback on it; `traced` tells whether that worked. */
HF_HIDDEN hf_connection *hf_connection_trace(const hf_sqlite_api *api, sqlite3 *db, int *traced);
/* True once any connection of this process has been registered. */
HF_HIDDEN int hf_connection_any(void);
/* The most recently registered connection for `db`, or NULL when it is not traced. */
HF_HIDDEN hf_connection *hf_connection_find(sqlite3 *db);
/* The sqlite3_trace_v2 callback installed on every traced connection; `context` is its
 * hf_connection. */
HF_HIDDEN int hf_trace_callback(unsigned type, void *context, void *p, void *x);

/* MARK: - auto_extension.c */

/* A call of a real open function from an interposed one, on one thread: the connection the
 * auto-extension hook traced during that call, so that it is neither traced twice nor recorded
 * without the open function's name. */
typedef struct hf_open_claim {
    sqlite3 *db;
    hf_connection *connection;
    int traced;
    struct hf_open_claim *outer;
} hf_open_claim;

/* Registers the auto-extension hook (once) and starts a claim before a real open. */
HF_HIDDEN void hf_open_claim_begin(const hf_sqlite_api *api, hf_open_claim *claim);
/* Ends the claim after the real open returned. */
HF_HIDDEN void hf_open_claim_end(hf_open_claim *claim);
/* A dlopen returned `handle`: registers the hook when the object or a library it needs is the
 * SQLite the tracer resolves. */
HF_HIDDEN void hf_library_loaded(void *handle);
/* True while the hook is not yet registered and there is a trace to write. */
HF_HIDDEN int hf_watching_library_loads(void);
/* At exit, in a process that traced no connection: records each SQLite library loaded after
 * start-up that the hook never reached. */
HF_HIDDEN void hf_report_unhooked_libraries(void);

/* MARK: - sql_cache.c */

/* The record prefix for `stmt` running `sql`, built or reused; NULL when out of memory. Called
 * only from the connection's trace callback, which SQLite serializes per connection. */
HF_HIDDEN const hf_sql_entry *hf_sql_prefix(hf_connection *connection, sqlite3_stmt *stmt, const char *sql);

/* MARK: - record.c */

HF_HIDDEN void hf_record_statement(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt, long long nanoseconds,
    const hf_execution *execution, const long long counters[HF_COUNTER_COUNT], long long changes,
    int readonly);
HF_HIDDEN void hf_record_open(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3 *db, const char *api_name,
    const char *filename, int rc, int traced);
HF_HIDDEN void hf_record_error(const char *message);
HF_HIDDEN void hf_record_unhooked(const char *library);

#endif
