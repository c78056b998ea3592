/*
 * The trace file: one JSON object per line, appended through a per-process buffer.
 *
 * Lines are collected in a buffer and written with one write(2) per batch of whole lines on an
 * O_APPEND descriptor, so lines from several processes never interleave mid-line. One write per
 * line would cost a system call per statement, more than the statement itself for a point query.
 * The buffer is written out when it fills, when a connection opens or closes, before fork, and at
 * exit. A process killed by a signal loses what is still buffered. A server traced across
 * requests (HUNDREDFOLD_TRACE_REQUEST_FILE set) writes every line at once instead: it is stopped
 * with a signal, and each request's lines must be in the file however it ends.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "connection.h"

// MARK: - State

enum { HF_BUFFER_CAPACITY = 64 * 1024 };

static int hf_fd = -1;
static int hf_bind = 0;
static int hf_write_each_line = 0;
static long hf_cached_pid = 0;
static pthread_mutex_t hf_lock = PTHREAD_MUTEX_INITIALIZER;
static char hf_buffer[HF_BUFFER_CAPACITY];
static size_t hf_buffered = 0;

int hf_output_enabled(void) { return hf_fd >= 0; }
int hf_output_bind_values(void) { return hf_bind; }
long hf_pid(void) { return hf_cached_pid; }

// MARK: - Writing

/* Writes all of `length` bytes, retrying on EINTR and short writes. Errors are dropped: the
 * program being traced must never fail because its trace could not be written. */
static void hf_write_all(const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(hf_fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

/* Caller holds hf_lock. */
static void hf_flush_locked(void) {
    if (hf_buffered > 0 && hf_fd >= 0) hf_write_all(hf_buffer, hf_buffered);
    hf_buffered = 0;
}

void hf_output_flush(void) {
    if (hf_fd < 0) return;
    pthread_mutex_lock(&hf_lock);
    hf_flush_locked();
    pthread_mutex_unlock(&hf_lock);
}

/* The two parts of one line, copied straight into the buffer: a statement record is a prefix kept
 * per prepared statement and a tail of numbers, never joined anywhere else. */
void hf_output_line_parts(const char *head, size_t head_length, const char *tail, size_t tail_length) {
    if (hf_fd < 0) return;
    size_t length = head_length + tail_length;
    pthread_mutex_lock(&hf_lock);
    if (hf_buffered + length > HF_BUFFER_CAPACITY) hf_flush_locked();
    if (length > HF_BUFFER_CAPACITY) {
        /* Joined first, so the line is still one write and never interleaves with another
         * process's; only when out of memory is it written in two. */
        char *joined = malloc(length);
        if (joined != NULL) {
            memcpy(joined, head, head_length);
            memcpy(joined + head_length, tail, tail_length);
            hf_write_all(joined, length);
            free(joined);
        } else {
            hf_write_all(head, head_length);
            hf_write_all(tail, tail_length);
        }
    } else {
        memcpy(hf_buffer + hf_buffered, head, head_length);
        memcpy(hf_buffer + hf_buffered + head_length, tail, tail_length);
        hf_buffered += length;
        if (hf_write_each_line) hf_flush_locked();
    }
    pthread_mutex_unlock(&hf_lock);
}

void hf_output_line(const char *line, size_t length, int flush_now) {
    hf_output_line_parts(line, length, "", 0);
    if (flush_now) hf_output_flush();
}

// MARK: - Fork and exit

/* Before fork the parent writes its buffer out, so the child does not inherit (and later write)
 * a copy of the parent's lines. The lock is held across fork so no other thread is mid-append. */
static void hf_before_fork(void) {
    pthread_mutex_lock(&hf_lock);
    hf_flush_locked();
}

static void hf_after_fork_parent(void) { pthread_mutex_unlock(&hf_lock); }

static void hf_after_fork_child(void) {
    hf_cached_pid = (long)getpid();
    hf_buffered = 0;
    pthread_mutex_unlock(&hf_lock);
}

static void hf_write_process_record(void) {
    char exe[4096];
    ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[length > 0 ? length : 0] = '\0';
    hf_line line;
    hf_line_init(&line);
    hf_line_append(&line, "{\"type\":\"process\",\"pid\":");
    hf_line_append_int(&line, hf_cached_pid);
    hf_line_append(&line, ",\"ppid\":");
    hf_line_append_int(&line, (long long)getppid());
    hf_line_append(&line, ",\"exe\":");
    hf_line_append_json_string(&line, exe);
    hf_line_append(&line, "}\n");
    hf_output_line(line.bytes, line.length, 1);
    hf_line_free(&line);
}

__attribute__((constructor)) static void hf_output_start(void) {
    hf_cached_pid = (long)getpid();
    const char *path = getenv("HUNDREDFOLD_TRACE_FILE");
    if (path == NULL || path[0] == '\0') return;
    const char *bind = getenv("HUNDREDFOLD_TRACE_BIND");
    hf_bind = bind != NULL && strcmp(bind, "1") == 0;
    const char *request_file = getenv("HUNDREDFOLD_TRACE_REQUEST_FILE");
    hf_write_each_line = request_file != NULL && request_file[0] != '\0';
    hf_fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (hf_fd < 0) return;
    pthread_atfork(hf_before_fork, hf_after_fork_parent, hf_after_fork_child);
    hf_write_process_record();
}

/* Not in _exit: a child that ends there right after fork must not take the loader's locks. */
__attribute__((destructor)) static void hf_output_stop(void) {
    hf_report_unhooked_libraries();
    hf_output_flush();
}

// MARK: - _exit

/* `_exit` skips atexit handlers and destructors; a child forked by Python's multiprocessing ends
 * through it (os._exit), so the buffer is written out first. */
void _exit(int status) {
    hf_output_flush();
    void (*real_exit)(int) = (void (*)(int))dlsym(RTLD_NEXT, "_exit");
    if (real_exit != NULL) real_exit(status);
    syscall(SYS_exit_group, status);
    for (;;) {}
}
