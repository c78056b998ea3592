/*
 * Per-connection tracing: the sqlite3_trace_v2 callback this library installs on every connection,
 * which records each statement execution and forwards every event to the program's own callback.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "connection.h"

// MARK: - Connection registry

static pthread_mutex_t hf_registry_lock = PTHREAD_MUTEX_INITIALIZER;
static hf_connection *hf_connections = NULL;
static long hf_next_id = 1;

/* Connections are never freed: after sqlite3_close returns SQLITE_BUSY, or for a zombie left by
 * sqlite3_close_v2, SQLite can still call back with the context pointer. */
hf_connection *hf_connection_register(sqlite3 *db) {
    hf_connection *connection = calloc(1, sizeof *connection);
    if (connection == NULL) return NULL;
    connection->db = db;
    pthread_mutex_lock(&hf_registry_lock);
    connection->id = hf_next_id++;
    connection->next = hf_connections;
    hf_connections = connection;
    pthread_mutex_unlock(&hf_registry_lock);
    return connection;
}

hf_connection *hf_connection_trace(const hf_sqlite_api *api, sqlite3 *db, int *traced) {
    hf_connection *connection = hf_connection_register(db);
    unsigned mask = SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE | SQLITE_TRACE_ROW | SQLITE_TRACE_CLOSE;
    *traced = connection != NULL && api->trace_v2(db, mask, hf_trace_callback, connection) == SQLITE_OK;
    return connection;
}

int hf_connection_any(void) {
    pthread_mutex_lock(&hf_registry_lock);
    int any = hf_connections != NULL;
    pthread_mutex_unlock(&hf_registry_lock);
    return any;
}

hf_connection *hf_connection_find(sqlite3 *db) {
    pthread_mutex_lock(&hf_registry_lock);
    hf_connection *connection = hf_connections;
    while (connection != NULL && connection->db != db) connection = connection->next;
    pthread_mutex_unlock(&hf_registry_lock);
    return connection;
}

// MARK: - Statements in progress

/* The record of `stmt` in progress on `connection`, created when `create` is set. Callbacks of
 * one connection are serialized by SQLite (or by the program, in multi-thread mode). */
static hf_execution *hf_execution_find(hf_connection *connection, sqlite3_stmt *stmt, int create) {
    for (size_t i = 0; i < connection->active_count; i++) {
        if (connection->active[i].stmt == stmt) return &connection->active[i];
    }
    if (!create) return NULL;
    if (connection->active_count == connection->active_capacity) {
        size_t capacity = connection->active_capacity ? connection->active_capacity * 2 : 8;
        hf_execution *grown = realloc(connection->active, capacity * sizeof *grown);
        if (grown == NULL) return NULL;
        connection->active = grown;
        connection->active_capacity = capacity;
    }
    hf_execution *execution = &connection->active[connection->active_count++];
    memset(execution, 0, sizeof *execution);
    execution->stmt = stmt;
    return execution;
}

static void hf_execution_remove(hf_connection *connection, hf_execution *execution) {
    *execution = connection->active[--connection->active_count];
}

/* SQLite's own PROFILE time has the VFS clock's millisecond resolution, too coarse for a point
 * query, so executions are timed here with the monotonic clock. */
static long long hf_now_ns(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

static const int hf_counters[HF_COUNTER_COUNT] = {
    SQLITE_STMTSTATUS_VM_STEP, SQLITE_STMTSTATUS_FULLSCAN_STEP, SQLITE_STMTSTATUS_SORT,
    SQLITE_STMTSTATUS_AUTOINDEX,
};

/* Counters are read without resetting them, before and after, so a program that reads them
 * itself sees the values it would see untraced. */
static void hf_on_statement_start(const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt) {
    hf_execution *execution = hf_execution_find(connection, stmt, 1);
    if (execution == NULL) return;
    execution->rows = 0;
    execution->bytes = 0;
    /* sqlite3_total_changes takes the connection's mutex: only writes need it. */
    execution->readonly = api->stmt_readonly(stmt) != 0;
    execution->total_changes = execution->readonly ? 0 : api->total_changes(connection->db);
    for (int i = 0; i < HF_COUNTER_COUNT; i++) execution->counters[i] = api->stmt_status(stmt, hf_counters[i], 0);
    execution->request = hf_current_request();
    execution->started_ns = hf_now_ns();
}

/* Bytes of one result row: text and blob lengths, 8 for numbers, 0 for NULL. */
static void hf_on_row(const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt) {
    hf_execution *execution = hf_execution_find(connection, stmt, 0);
    if (execution == NULL) return;
    execution->rows += 1;
    /* One call per column that takes the connection's mutex (sqlite3_column_value) instead of two
     * (sqlite3_column_type and sqlite3_column_bytes); the value's length is read only for text and
     * blobs, so numbers are never converted. The callback runs inside sqlite3_step, which holds
     * the connection, so the value cannot change meanwhile. */
    int columns = api->column_count(stmt);
    for (int i = 0; i < columns; i++) {
        sqlite3_value *value = api->column_value(stmt, i);
        switch (api->value_type(value)) {
        case SQLITE_INTEGER:
        case SQLITE_FLOAT: execution->bytes += 8; break;
        case SQLITE_TEXT:
        case SQLITE_BLOB: execution->bytes += api->value_bytes(value); break;
        default: break;
        }
    }
}

/* `sqlite_ns` is SQLite's own measure, used only for an execution whose start was not seen. */
static void hf_on_statement_end(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt, long long sqlite_ns) {
    long long ended_ns = hf_now_ns();
    hf_execution *execution = hf_execution_find(connection, stmt, 0);
    long long nanoseconds = execution ? ended_ns - execution->started_ns : sqlite_ns;
    hf_execution empty = {.stmt = stmt, .request = hf_current_request()};
    hf_execution finished = execution ? *execution : empty;
    if (execution != NULL) hf_execution_remove(connection, execution);
    long long counters[HF_COUNTER_COUNT];
    for (int i = 0; i < HF_COUNTER_COUNT; i++) {
        counters[i] = (long long)api->stmt_status(stmt, hf_counters[i], 0) - finished.counters[i];
    }
    int readonly = execution ? finished.readonly : api->stmt_readonly(stmt) != 0;
    long long changes = readonly || execution == NULL ? 0 : api->total_changes(connection->db) - finished.total_changes;
    hf_record_statement(api, connection, stmt, nanoseconds, &finished, counters, changes, readonly);
}

// MARK: - The trace callback

int hf_trace_callback(unsigned type, void *context, void *p, void *x) {
    hf_connection *connection = context;
    const hf_sqlite_api *api = hf_api();
    if (api == NULL) return 0;
    int top_level = 1;
    if (type == SQLITE_TRACE_STMT) {
        /* A trigger's sub-program reports "-- TRIGGER name" instead of the statement's own text. */
        const char *text = x;
        top_level = text == api->sql(p) || strncmp(text, "--", 2) != 0;
        if (top_level) hf_on_statement_start(api, connection, p);
    } else if (type == SQLITE_TRACE_ROW) {
        hf_on_row(api, connection, p);
    } else if (type == SQLITE_TRACE_PROFILE) {
        hf_on_statement_end(api, connection, p, *(sqlite3_int64 *)x);
    } else if (type == SQLITE_TRACE_CLOSE) {
        hf_output_flush();
    }
    if (connection->user_v2 != NULL && (connection->user_mask & type)) {
        connection->user_v2(type, connection->user_context, p, x);
    }
    if (connection->user_legacy != NULL && type == SQLITE_TRACE_STMT) {
        char *expanded = top_level ? api->expanded_sql(p) : NULL;
        connection->user_legacy(connection->user_context, expanded ? expanded : (const char *)x);
        if (expanded != NULL) api->free(expanded);
    }
    return 0;
}
