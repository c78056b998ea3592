/* Internal interface between the parts of the preload library. Not installed. */
#ifndef HUNDREDFOLD_TRACE_INTERNAL_H
#define HUNDREDFOLD_TRACE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#define HF_HIDDEN __attribute__((visibility("hidden")))

/* MARK: - The real SQLite functions, resolved at run time (resolve.c) */

typedef struct hf_sqlite_api {
    int (*open)(const char *, sqlite3 **);
    int (*open_v2)(const char *, sqlite3 **, int, const char *);
    int (*open16)(const void *, sqlite3 **);
    int (*trace_v2)(sqlite3 *, unsigned, int (*)(unsigned, void *, void *, void *), void *);
    void *(*trace)(sqlite3 *, void (*)(void *, const char *), void *);
    const char *(*sql)(sqlite3_stmt *);
    char *(*expanded_sql)(sqlite3_stmt *);
    void (*free)(void *);
    int (*stmt_status)(sqlite3_stmt *, int, int);
    int (*stmt_readonly)(sqlite3_stmt *);
    int (*total_changes)(sqlite3 *);
    const char *(*db_filename)(sqlite3 *, const char *);
    int (*column_count)(sqlite3_stmt *);
    sqlite3_value *(*column_value)(sqlite3_stmt *, int);
    int (*value_type)(sqlite3_value *);
    int (*value_bytes)(sqlite3_value *);
    const char *(*libversion)(void);
    sqlite3_mutex *(*db_mutex)(sqlite3 *);
    void (*mutex_enter)(sqlite3_mutex *);
    void (*mutex_leave)(sqlite3_mutex *);
    int (*auto_extension)(void (*)(void));
} hf_sqlite_api;

/* The real functions, or NULL when no SQLite library could be found (then `hf_api_error` says
 * why). Resolved once, on first use, thread-safely. */
HF_HIDDEN const hf_sqlite_api *hf_api(void);
HF_HIDDEN const char *hf_api_error(void);
/* How the real functions were found: "rtld_next", "dlopen_noload", "loaded_objects" or "none". */
HF_HIDDEN const char *hf_api_origin(void);
/* SQLite's `symbol` in the loaded object at `path` when that object defines it itself (not
 * through a library it depends on), else NULL. */
HF_HIDDEN void *hf_sqlite_symbol_in_object(const char *path, const char *symbol);

/* MARK: - Library loads (library_loads.c) */

/* The real dlopen, for this library's own look-ups: its interposed dlopen watches the program's. */
HF_HIDDEN void *hf_dlopen_real(const char *file, int mode);

/* MARK: - Output (output.c) */

/* True when HUNDREDFOLD_TRACE_FILE names a file that could be opened. */
HF_HIDDEN int hf_output_enabled(void);
/* True when HUNDREDFOLD_TRACE_BIND=1. */
HF_HIDDEN int hf_output_bind_values(void);
/* The process id, cached and refreshed after fork. */
HF_HIDDEN long hf_pid(void);
/* Appends one complete line (with its newline) to the buffer; `flush_now` writes it out at once. */
HF_HIDDEN void hf_output_line(const char *line, size_t length, int flush_now);
/* Appends one line given as two parts, the second ending with its newline. */
HF_HIDDEN void hf_output_line_parts(const char *head, size_t head_length, const char *tail, size_t tail_length);
/* Writes the buffer out. */
HF_HIDDEN void hf_output_flush(void);

/* MARK: - The request in flight (request.c) */

/* The number in HUNDREDFOLD_TRACE_REQUEST_FILE now, or -1 when no such file is named. */
HF_HIDDEN long long hf_current_request(void);

/* A growable string for building one JSON line. */
typedef struct hf_line {
    char *bytes;
    size_t length;
    size_t capacity;
    char inline_storage[1024];
} hf_line;

HF_HIDDEN void hf_line_init(hf_line *line);
HF_HIDDEN void hf_line_free(hf_line *line);
HF_HIDDEN void hf_line_append(hf_line *line, const char *text);
HF_HIDDEN void hf_line_append_bytes(hf_line *line, const char *bytes, size_t count);
/* Appends a string literal without measuring it at run time. */
#define HF_APPEND_LITERAL(line, literal) hf_line_append_bytes((line), "" literal, sizeof(literal) - 1)
HF_HIDDEN void hf_line_append_int(hf_line *line, long long value);
/* Appends `text` as a JSON string literal (quoted, escaped, invalid UTF-8 replaced by U+FFFD). */
HF_HIDDEN void hf_line_append_json_string(hf_line *line, const char *text);

#endif
