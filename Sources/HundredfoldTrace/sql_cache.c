/*
 * The start of each statement record, kept per prepared statement: escaping the SQL for JSON was
 * the largest part of the tracer's cost for a program that re-runs the same prepared statement.
 *
 * An entry is reused only when its SQL is byte for byte the SQL the statement reports now (and
 * the process is the same, since the prefix holds the pid). The statement's address is only the
 * slot: a statement finalized and another prepared at the same address, with the same or another
 * SQL text at the same or another address, can never reuse a stale prefix, and no interposed
 * sqlite3_finalize is needed (SQLite's own sqlite3_exec finalizes without going through it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "connection.h"

// MARK: - Slots

static size_t hf_sql_slot(sqlite3_stmt *stmt) {
    uintptr_t address = (uintptr_t)stmt;
    return (size_t)((address >> 4) ^ (address >> 12)) % HF_SQL_CACHE_SLOTS;
}

static int hf_sql_entry_matches(const hf_sql_entry *entry, sqlite3_stmt *stmt, const char *sql, size_t length) {
    return entry->prefix != NULL && entry->stmt == stmt && entry->pid == hf_pid() && entry->sql_length == length
        && memcmp(entry->sql, sql, length) == 0;
}

// MARK: - Building

/* Replaces the entry with the prefix for `sql`; on allocation failure the entry is left empty. */
static void hf_sql_entry_build(hf_sql_entry *entry, hf_connection *connection, sqlite3_stmt *stmt, const char *sql, size_t length) {
    free(entry->sql);
    free(entry->prefix);
    memset(entry, 0, sizeof *entry);
    hf_line line;
    hf_line_init(&line);
    HF_APPEND_LITERAL(&line, "{\"type\":\"stmt\",\"pid\":");
    hf_line_append_int(&line, hf_pid());
    HF_APPEND_LITERAL(&line, ",\"conn\":");
    hf_line_append_int(&line, connection->id);
    HF_APPEND_LITERAL(&line, ",\"sql\":");
    hf_line_append_json_string(&line, sql);
    char *copy = malloc(length + 1);
    char *prefix = malloc(line.length);
    if (copy == NULL || prefix == NULL) {
        free(copy);
        free(prefix);
        hf_line_free(&line);
        return;
    }
    memcpy(copy, sql, length + 1);
    memcpy(prefix, line.bytes, line.length);
    *entry = (hf_sql_entry){
        .stmt = stmt, .pid = hf_pid(), .sql = copy, .sql_length = length, .prefix = prefix,
        .prefix_length = line.length,
    };
    hf_line_free(&line);
}

const hf_sql_entry *hf_sql_prefix(hf_connection *connection, sqlite3_stmt *stmt, const char *sql) {
    if (connection->sql_cache == NULL) {
        connection->sql_cache = calloc(HF_SQL_CACHE_SLOTS, sizeof *connection->sql_cache);
        if (connection->sql_cache == NULL) return NULL;
    }
    const char *text = sql ? sql : "";
    size_t length = strlen(text);
    hf_sql_entry *entry = &connection->sql_cache[hf_sql_slot(stmt)];
    if (!hf_sql_entry_matches(entry, stmt, text, length)) hf_sql_entry_build(entry, connection, stmt, text, length);
    return entry->prefix != NULL ? entry : NULL;
}
