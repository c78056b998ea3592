/* The records written to the trace file, one JSON object per line (see HundredfoldTrace.h). */
#include "connection.h"

// MARK: - Statement records

static void hf_append_count(hf_line *line, const char *key, long long value) {
    if (value == 0) return;
    hf_line_append(line, key);
    hf_line_append_int(line, value);
}

void hf_record_statement(
    const hf_sqlite_api *api, hf_connection *connection, sqlite3_stmt *stmt, long long nanoseconds,
    const hf_execution *execution, const long long counters[HF_COUNTER_COUNT], long long changes,
    int readonly) {
    if (!hf_output_enabled()) return;
    char *expanded = hf_output_bind_values() ? api->expanded_sql(stmt) : NULL;
    hf_line line;
    hf_line_init(&line);
    /* With bound values the text differs on every execution: nothing to reuse. */
    const hf_sql_entry *cached = expanded ? NULL : hf_sql_prefix(connection, stmt, api->sql(stmt));
    if (cached != NULL) {
        hf_line_append_bytes(&line, cached->prefix, cached->prefix_length);
    } else {
        HF_APPEND_LITERAL(&line, "{\"type\":\"stmt\",\"pid\":");
        hf_line_append_int(&line, hf_pid());
        HF_APPEND_LITERAL(&line, ",\"conn\":");
        hf_line_append_int(&line, connection->id);
        HF_APPEND_LITERAL(&line, ",\"sql\":");
        hf_line_append_json_string(&line, expanded ? expanded : api->sql(stmt));
    }
    HF_APPEND_LITERAL(&line, ",\"ns\":");
    hf_line_append_int(&line, nanoseconds);
    HF_APPEND_LITERAL(&line, ",\"rows\":");
    hf_line_append_int(&line, execution->rows);
    HF_APPEND_LITERAL(&line, ",\"bytes\":");
    hf_line_append_int(&line, execution->bytes);
    HF_APPEND_LITERAL(&line, ",\"vm_steps\":");
    hf_line_append_int(&line, counters[0]);
    /* Zero counters are left out: the trace of a point-query loop is mostly zeros, and its size
     * is most of the tracer's cost. */
    hf_append_count(&line, ",\"fullscan_steps\":", counters[1]);
    hf_append_count(&line, ",\"sorts\":", counters[2]);
    hf_append_count(&line, ",\"autoindexes\":", counters[3]);
    hf_append_count(&line, ",\"changes\":", changes);
    if (!readonly) HF_APPEND_LITERAL(&line, ",\"write\":true");
    HF_APPEND_LITERAL(&line, "}\n");
    hf_output_line(line.bytes, line.length, 0);
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
