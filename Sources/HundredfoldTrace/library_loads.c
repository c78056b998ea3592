/*
 * Watching the program's dlopen calls until SQLite arrives, so that the auto-extension hook is
 * registered before a library that binds to SQLite past this one opens its first connection.
 *
 * dlopen searches for a bare name through its caller's RPATH and RUNPATH and expands $ORIGIN from
 * the caller's folder, and it takes the caller from its return address: a call forwarded from here
 * would search this library's instead. So only a call that names a path with no `$` is forwarded
 * and watched; every other call is a tail call, which the real dlopen sees as the program's own.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>

#include "connection.h"

typedef void *(*hf_dlopen_function)(const char *, int);

static hf_dlopen_function hf_next_dlopen(void) {
    static hf_dlopen_function next = NULL;
    hf_dlopen_function found = __atomic_load_n(&next, __ATOMIC_ACQUIRE);
    if (found == NULL) {
        *(void **)&found = dlsym(RTLD_NEXT, "dlopen");
        __atomic_store_n(&next, found, __ATOMIC_RELEASE);
    }
    return found;
}

void *hf_dlopen_real(const char *file, int mode) { return hf_next_dlopen()(file, mode); }

/* True when the real dlopen does the same whoever calls it. NULL (the program itself) is left out:
 * its handle finds a program's linked SQLite, whose calls already reach the interposed opens. */
static int hf_same_for_any_caller(const char *file) {
    return file != NULL && strchr(file, '/') != NULL && strchr(file, '$') == NULL;
}

void *dlopen(const char *file, int mode) {
    hf_dlopen_function next = hf_next_dlopen();
    if (!hf_same_for_any_caller(file) || !hf_watching_library_loads()) {
        __attribute__((musttail)) return next(file, mode);
    }
    void *handle = next(file, mode);
    if (handle != NULL) hf_library_loaded(handle);
    return handle;
}
