/* Opens a database with SQLite functions taken from a dlopen handle, never through the global
 * scope the preload library interposes. Not linked against libsqlite3.
 *
 *   sqlite_from_handle DATABASE LIBRARY [deepbind]
 *
 * LIBRARY is a path (the tracer sees the load) or a bare name (it cannot, see library_loads.c). */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef struct sqlite3 sqlite3;

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int mode = RTLD_NOW | (argc > 3 && strcmp(argv[3], "deepbind") == 0 ? RTLD_DEEPBIND : RTLD_LOCAL);
    void *library = dlopen(argv[2], mode);
    if (library == NULL) {
        fprintf(stderr, "%s\n", dlerror());
        return 1;
    }
    int (*open_v2)(const char *, sqlite3 **, int, const char *) = dlsym(library, "sqlite3_open_v2");
    int (*exec)(sqlite3 *, const char *, void *, void *, char **) = dlsym(library, "sqlite3_exec");
    int (*close)(sqlite3 *) = dlsym(library, "sqlite3_close");
    sqlite3 *db = NULL;
    if (open_v2(argv[1], &db, 0x2 | 0x4 /* READWRITE | CREATE */, NULL) != 0) return 1;
    int rc = exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES (1), (2); SELECT count(*) FROM t;", NULL, NULL, NULL);
    close(db);
    printf("rc=%d\n", rc);
    return 0;
}
