/*
 * Tracing connections opened past the interposed sqlite3_open* functions.
 *
 * A library loaded with RTLD_DEEPBIND (PHP's pdo_sqlite and sqlite3 extensions), or a program that
 * takes SQLite's functions from a dlopen handle, calls the real sqlite3_open_v2 directly. SQLite's
 * own auto-extension hook still reaches those connections: once registered, SQLite calls it for
 * every connection it opens, however it was opened. It is registered at the first interposed open
 * and right after a dlopen that brought SQLite in (library_loads.c), never at start-up: registering
 * initializes SQLite, after which a program's own sqlite3_config calls would fail.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>

#include "connection.h"

// MARK: - State

static pthread_mutex_t hf_register_lock = PTHREAD_MUTEX_INITIALIZER;
/* The sqlite3_auto_extension of the library the hook is registered in; NULL until then. */
static void *hf_hooked_library = NULL;
/* The innermost claim of an interposed open in progress on this thread. */
static __thread __attribute__((tls_model("initial-exec"))) hf_open_claim *hf_current_claim = NULL;
/* How many objects were loaded when this library started: the later ones came by dlopen. */
static int hf_objects_at_start = 0;

int hf_watching_library_loads(void) {
    return hf_output_enabled() && __atomic_load_n(&hf_hooked_library, __ATOMIC_ACQUIRE) == NULL;
}

// MARK: - The hook

/* Called by SQLite with the new connection's mutex held, after the database was opened. An open
 * through an interposed function is left for it to record, with the function's name. */
static int hf_auto_extension_entry(sqlite3 *db, char **error, const void *routines) {
    (void)error;
    (void)routines;
    const hf_sqlite_api *api = hf_api();
    if (api == NULL || !hf_output_enabled()) return SQLITE_OK;
    hf_open_claim *claim = hf_current_claim;
    if (claim != NULL && claim->db == NULL) {
        claim->db = db;
        claim->connection = hf_connection_trace(api, db, &claim->traced);
        return SQLITE_OK;
    }
    int traced = 0;
    hf_connection *connection = hf_connection_trace(api, db, &traced);
    hf_record_open(api, connection, db, "auto_extension", "", SQLITE_OK, traced);
    return SQLITE_OK;
}

static void hf_register(const hf_sqlite_api *api) {
    if (!hf_watching_library_loads()) return;
    pthread_mutex_lock(&hf_register_lock);
    if (hf_hooked_library == NULL && api->auto_extension((void (*)(void))hf_auto_extension_entry) == SQLITE_OK) {
        __atomic_store_n(&hf_hooked_library, (void *)api->auto_extension, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&hf_register_lock);
}

// MARK: - Interposed opens

void hf_open_claim_begin(const hf_sqlite_api *api, hf_open_claim *claim) {
    hf_register(api);
    claim->db = NULL;
    claim->connection = NULL;
    claim->traced = 0;
    claim->outer = hf_current_claim;
    hf_current_claim = claim;
}

void hf_open_claim_end(hf_open_claim *claim) { hf_current_claim = claim->outer; }

// MARK: - Library loads

/* The look-ups here leave no error behind for the program's next dlerror(). */
void hf_library_loaded(void *handle) {
    void *symbol = dlsym(handle, "sqlite3_auto_extension");
    const hf_sqlite_api *api = symbol != NULL ? hf_api() : NULL;
    if (api != NULL && (void *)api->auto_extension == symbol) hf_register(api);
    (void)dlerror();
}

static int hf_count_object(struct dl_phdr_info *info, size_t size, void *count) {
    (void)info;
    (void)size;
    *(int *)count += 1;
    return 0;
}

__attribute__((constructor)) static void hf_count_objects_at_start(void) {
    dl_iterate_phdr(hf_count_object, &hf_objects_at_start);
}

// MARK: - At exit

static int hf_report_if_unhooked(struct dl_phdr_info *info, size_t size, void *index) {
    (void)size;
    if ((*(int *)index)++ < hf_objects_at_start) return 0;
    if (info->dlpi_name == NULL || info->dlpi_name[0] == '\0') return 0;
    void *symbol = hf_sqlite_symbol_in_object(info->dlpi_name, "sqlite3_auto_extension");
    if (symbol != NULL && symbol != __atomic_load_n(&hf_hooked_library, __ATOMIC_ACQUIRE)) {
        hf_record_unhooked(info->dlpi_name);
    }
    return 0;
}

void hf_report_unhooked_libraries(void) {
    if (!hf_output_enabled() || hf_connection_any()) return;
    int index = 0;
    dl_iterate_phdr(hf_report_if_unhooked, &index);
}
