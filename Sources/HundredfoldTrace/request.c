/*
 * The request in flight, for a server traced across many requests.
 *
 * Hundredfold names a file of 8 bytes in HUNDREDFOLD_TRACE_REQUEST_FILE and writes the number of
 * the HTTP request it is about to send there (a native-endian 64-bit integer, 0 before the first).
 * The file is mapped shared and read-only here, so reading it costs one load per statement, and a
 * forked worker inherits the mapping. Each statement record then carries the request that was in
 * flight when the statement started: the server itself never sees the number.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "trace_internal.h"

static const volatile long long *hf_request_counter = NULL;

__attribute__((constructor)) static void hf_request_start(void) {
    const char *path = getenv("HUNDREDFOLD_TRACE_REQUEST_FILE");
    if (path == NULL || path[0] == '\0') return;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    void *mapped = mmap(NULL, sizeof(long long), PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (mapped != MAP_FAILED) hf_request_counter = mapped;
}

long long hf_current_request(void) {
    if (hf_request_counter == NULL) return -1;
    return __atomic_load_n(hf_request_counter, __ATOMIC_RELAXED);
}
