/* The records written to the trace file, one JSON object per line (see HundredfoldTrace.h). */
#include <string.h>

#include "connection.h"

// MARK: - Statement records

/* The numbers of a record, written into a fixed buffer with no bounds checks per field: a tail
 * is at most HF_TAIL_CAPACITY bytes (its keys and eleven 20-digit numbers). */
enum { HF_TAIL_CAPACITY = 352 };

#define HF_PUT_LITERAL(at, literal) (memcpy((at), "" literal, sizeof(literal) - 1), (at) + sizeof(literal) - 1)

/* Formatted by hand: snprintf was a tenth of a traced point query's cost. */
static char *hf_put_int(char *at, long long value) {
    char digits[24];
    char *end = digits + sizeof digits;
    char *start = end;
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        *--start = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0) *--start = '-';
    size_t length = (size_t)(end - start);
    memcpy(at, start, length);
    return at + length;
}

/* The record's numbers, from `,"ns":` to the closing brace and newline. Zero counters are left
 * out: the trace of a point-query loop is mostly zeros, and its size is much of the tracer's cost. */
static size_t hf_statement_tail(
    char *tail, long long nanoseconds, const hf_execution *execution, const long long counters[HF_COUNTER_COUNT],
    long long changes, int readonly, long long run) {
    char *at = tail;
    at = hf_put_int(HF_PUT_LITERAL(at, ",\"ns\":"), nanoseconds);
    at = hf_put_int(HF_PUT_LITERAL(at, ",\"rows\":"), execution->rows);
    at = hf_put_int(HF_PUT_LITERAL(at, ",\"bytes\":"), execution->bytes);
    at = hf_put_int(HF_PUT_LITERAL(at, ",\"vm_steps\":"), counters[0]);
    if (counters[1] != 0) at = hf_put_int(HF_PUT_LITERAL(at, ",\"fullscan_steps\":"), counters[1]);
    if (counters[2] != 0) at = hf_put_int(HF_PUT_LITERAL(at, ",\"sorts\":"), counters[2]);
    if (counters[3] != 0) at = hf_put_int(HF_PUT_LITERAL(at, ",\"autoindexes\":"), counters[3]);
    if (changes != 0) at = hf_put_int(HF_PUT_LITERAL(at, ",\"changes\":"), changes);
    if (!readonly) at = HF_PUT_LITERAL(at, ",\"write\":true");
    at = hf_put_int(HF_PUT_LITERAL(at, ",\"run\":"), run);
    if (execution->request >= 0) at = hf_put_int(HF_PUT_LITERAL(at, ",\"request\":"), execution->request);
    at = HF_PUT_LITERAL(at, "}\n");
    return (size_t)(at - tail);
}

/* A record is the statement's prefix (type, pid, conn, escaped SQL), reused across executions of
 * one prepared statement, then its numbers; both go straight into the output buffer. */
void hf_record_statement(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt, long long nanoseconds,
    const hf_execution *execution, const long long counters[HF_COUNTER_COUNT], long long changes,
    int readonly) {
    if (!hf_output_enabled()) return;
    char tail[HF_TAIL_CAPACITY];
    /* Which run of this prepared statement this is: consecutive runs of one statement form a batch. */
    long long run = api->stmt_status(stmt, SQLITE_STMTSTATUS_RUN, 0);
    size_t tail_length = hf_statement_tail(tail, nanoseconds, execution, counters, changes, readonly, run);
    /* With bound values the text differs on every execution: nothing to reuse. */
    char *expanded = hf_output_bind_values() ? api->expanded_sql(stmt) : NULL;
    const hf_sql_entry *cached = expanded ? NULL : hf_sql_prefix(connection, stmt, api->sql(stmt));
    if (cached != NULL) {
        hf_output_line_parts(cached->prefix, cached->prefix_length, tail, tail_length);
        return;
    }
    hf_line line;
    hf_line_init(&line);
    HF_APPEND_LITERAL(&line, "{\"type\":\"stmt\",\"pid\":");
    hf_line_append_int(&line, hf_pid());
    HF_APPEND_LITERAL(&line, ",\"conn\":");
    hf_line_append_int(&line, connection->id);
    HF_APPEND_LITERAL(&line, ",\"sql\":");
    hf_line_append_json_string(&line, expanded ? expanded : api->sql(stmt));
    hf_output_line_parts(line.bytes, line.length, tail, tail_length);
    hf_line_free(&line);
    if (expanded != NULL) api->free(expanded);
}

// MARK: - Connection records

void hf_record_open(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3 *db, const char *api_name,
    const char *filename, int rc, int traced) {
    if (!hf_output_enabled()) return;
    const char *resolved = db != NULL ? api->db_filename(db, "main") : NULL;
    hf_line line;
    hf_line_init(&line);
    HF_APPEND_LITERAL(&line, "{\"type\":\"open\",\"pid\":");
    hf_line_append_int(&line, hf_pid());
    HF_APPEND_LITERAL(&line, ",\"conn\":");
    hf_line_append_int(&line, connection ? connection->id : 0);
    HF_APPEND_LITERAL(&line, ",\"api\":");
    hf_line_append_json_string(&line, api_name);
    HF_APPEND_LITERAL(&line, ",\"file\":");
    hf_line_append_json_string(&line, resolved && resolved[0] ? resolved : filename);
    HF_APPEND_LITERAL(&line, ",\"rc\":");
    hf_line_append_int(&line, rc);
    if (traced) HF_APPEND_LITERAL(&line, ",\"traced\":true");
    else HF_APPEND_LITERAL(&line, ",\"traced\":false");
    HF_APPEND_LITERAL(&line, ",\"sqlite\":");
    hf_line_append_json_string(&line, api->libversion());
    HF_APPEND_LITERAL(&line, ",\"resolved_by\":");
    hf_line_append_json_string(&line, hf_api_origin());
    HF_APPEND_LITERAL(&line, "}\n");
    hf_output_line(line.bytes, line.length, 1);
    hf_line_free(&line);
}

void hf_record_error(const char *message) {
    if (!hf_output_enabled()) return;
    hf_line line;
    hf_line_init(&line);
    HF_APPEND_LITERAL(&line, "{\"type\":\"error\",\"pid\":");
    hf_line_append_int(&line, hf_pid());
    HF_APPEND_LITERAL(&line, ",\"message\":");
    hf_line_append_json_string(&line, message);
    HF_APPEND_LITERAL(&line, "}\n");
    hf_output_line(line.bytes, line.length, 1);
    hf_line_free(&line);
}

void hf_record_unhooked(const char *library) {
    if (!hf_output_enabled()) return;
    hf_line line;
    hf_line_init(&line);
    HF_APPEND_LITERAL(&line, "{\"type\":\"unhooked\",\"pid\":");
    hf_line_append_int(&line, hf_pid());
    HF_APPEND_LITERAL(&line, ",\"library\":");
    hf_line_append_json_string(&line, library);
    HF_APPEND_LITERAL(&line, "}\n");
    hf_output_line(line.bytes, line.length, 1);
    hf_line_free(&line);
}
