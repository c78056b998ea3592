/*
 * Finding the real SQLite functions behind the ones this library interposes.
 *
 * 1. dlsym(RTLD_NEXT, …): the library loaded after this one in the global scope (a program
 *    linked against libsqlite3).
 * 2. dlopen("libsqlite3.so.0", RTLD_NOLOAD): a library already loaded but not global. CPython
 *    loads its _sqlite3 module with RTLD_LOCAL, so the libsqlite3 it pulls in is invisible to
 *    RTLD_NEXT, yet _sqlite3's own calls bind to this library's functions first.
 * 3. Every loaded object (dl_iterate_phdr) that defines sqlite3_open_v2, other than this library:
 *    a SQLite under another name.
 * All other functions are then taken from the same object as the real sqlite3_open_v2.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <string.h>

#include "trace_internal.h"

// MARK: - State

static pthread_once_t hf_once = PTHREAD_ONCE_INIT;
static hf_sqlite_api hf_real;
static int hf_resolved = 0;
static const char *hf_error = "no SQLite library is loaded in this process";
static const char *hf_origin = "none";

const char *hf_api_error(void) { return hf_error; }
const char *hf_api_origin(void) { return hf_origin; }

// MARK: - Locating the library

/* True when `address` lies in this preload library (whose own sqlite3_open_v2 must be skipped). */
static int hf_is_own(void *address) {
    Dl_info mine, theirs;
    if (!dladdr((void *)&hf_api, &mine) || !dladdr(address, &theirs)) return 0;
    return mine.dli_fbase == theirs.dli_fbase;
}

void *hf_sqlite_symbol_in_object(const char *path, const char *name) {
    void *handle = hf_dlopen_real(path, RTLD_NOLOAD | RTLD_LAZY);
    if (handle == NULL) return NULL;
    void *symbol = dlsym(handle, name);
    Dl_info info;
    if (symbol == NULL || !dladdr(symbol, &info) || info.dli_fname == NULL || strcmp(info.dli_fname, path) != 0)
        symbol = NULL;
    dlclose(handle);
    return symbol;
}

static int hf_find_in_loaded_object(struct dl_phdr_info *info, size_t size, void *found) {
    (void)size;
    if (info->dlpi_name == NULL || info->dlpi_name[0] == '\0') return 0;
    void *symbol = hf_sqlite_symbol_in_object(info->dlpi_name, "sqlite3_open_v2");
    if (symbol == NULL || hf_is_own(symbol)) return 0;
    *(void **)found = symbol;
    return 1;
}

/* The real sqlite3_open_v2, by the three ways above, in order. */
static void *hf_find_open_v2(void) {
    void *symbol = dlsym(RTLD_NEXT, "sqlite3_open_v2");
    if (symbol != NULL && !hf_is_own(symbol)) {
        hf_origin = "rtld_next";
        return symbol;
    }
    void *handle = hf_dlopen_real("libsqlite3.so.0", RTLD_NOLOAD | RTLD_LAZY);
    if (handle != NULL) {
        symbol = dlsym(handle, "sqlite3_open_v2");
        dlclose(handle);
        if (symbol != NULL && !hf_is_own(symbol)) {
            hf_origin = "dlopen_noload";
            return symbol;
        }
    }
    symbol = NULL;
    dl_iterate_phdr(hf_find_in_loaded_object, &symbol);
    if (symbol != NULL) hf_origin = "loaded_objects";
    return symbol;
}

// MARK: - Resolving every function

#define HF_BIND(field, name)                                                                   \
    do {                                                                                       \
        *(void **)&hf_real.field = dlsym(handle, name);                                        \
        if (hf_real.field == NULL) missing = name;                                             \
    } while (0)

static void hf_resolve(void) {
    void *open_v2 = hf_find_open_v2();
    Dl_info info;
    if (open_v2 == NULL || !dladdr(open_v2, &info) || info.dli_fname == NULL) return;
    /* A reference that keeps the library loaded for as long as this process may call into it. */
    void *handle = hf_dlopen_real(info.dli_fname, RTLD_NOLOAD | RTLD_LAZY);
    if (handle == NULL) {
        hf_error = "the loaded SQLite library cannot be opened by name";
        return;
    }
    const char *missing = NULL;
    HF_BIND(open, "sqlite3_open");
    HF_BIND(open_v2, "sqlite3_open_v2");
    HF_BIND(open16, "sqlite3_open16");
    HF_BIND(trace_v2, "sqlite3_trace_v2");
    HF_BIND(trace, "sqlite3_trace");
    HF_BIND(sql, "sqlite3_sql");
    HF_BIND(expanded_sql, "sqlite3_expanded_sql");
    HF_BIND(free, "sqlite3_free");
    HF_BIND(stmt_status, "sqlite3_stmt_status");
    HF_BIND(stmt_readonly, "sqlite3_stmt_readonly");
    HF_BIND(total_changes, "sqlite3_total_changes");
    HF_BIND(db_filename, "sqlite3_db_filename");
    HF_BIND(column_count, "sqlite3_column_count");
    HF_BIND(column_value, "sqlite3_column_value");
    HF_BIND(value_type, "sqlite3_value_type");
    HF_BIND(value_bytes, "sqlite3_value_bytes");
    HF_BIND(libversion, "sqlite3_libversion");
    HF_BIND(db_mutex, "sqlite3_db_mutex");
    HF_BIND(mutex_enter, "sqlite3_mutex_enter");
    HF_BIND(mutex_leave, "sqlite3_mutex_leave");
    HF_BIND(auto_extension, "sqlite3_auto_extension");
    if (missing != NULL) {
        hf_error = "the loaded SQLite library lacks a function the tracer needs (SQLite < 3.14?)";
        return;
    }
    hf_resolved = 1;
}

const hf_sqlite_api *hf_api(void) {
    pthread_once(&hf_once, hf_resolve);
    return hf_resolved ? &hf_real : NULL;
}
