/* Building one JSON line: a growable byte string with JSON string escaping. */
#include <stdlib.h>
#include <string.h>

#include "trace_internal.h"

// MARK: - Growable string

void hf_line_init(hf_line *line) {
    line->bytes = line->inline_storage;
    line->length = 0;
    line->capacity = sizeof line->inline_storage;
}

void hf_line_free(hf_line *line) {
    if (line->bytes != line->inline_storage) free(line->bytes);
    hf_line_init(line);
}

/* Makes room for `extra` more bytes; on allocation failure the line keeps what it has and later
 * appends are dropped (the line is still valid JSON up to the last complete append). */
static int hf_line_reserve(hf_line *line, size_t extra) {
    if (line->length + extra <= line->capacity) return 1;
    size_t capacity = line->capacity * 2;
    while (capacity < line->length + extra) capacity *= 2;
    char *bytes = line->bytes == line->inline_storage ? malloc(capacity) : realloc(line->bytes, capacity);
    if (bytes == NULL) return 0;
    if (line->bytes == line->inline_storage) memcpy(bytes, line->inline_storage, line->length);
    line->bytes = bytes;
    line->capacity = capacity;
    return 1;
}

void hf_line_append_bytes(hf_line *line, const char *bytes, size_t count) {
    if (!hf_line_reserve(line, count)) return;
    memcpy(line->bytes + line->length, bytes, count);
    line->length += count;
}

void hf_line_append(hf_line *line, const char *text) { hf_line_append_bytes(line, text, strlen(text)); }

/* Formatted by hand: snprintf was a tenth of a traced point query's cost. */
void hf_line_append_int(hf_line *line, long long value) {
    char digits[24];
    char *end = digits + sizeof digits;
    char *start = end;
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        *--start = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0) *--start = '-';
    hf_line_append_bytes(line, start, (size_t)(end - start));
}

// MARK: - JSON strings

/* The length of the valid UTF-8 sequence at `s` (1-4), or 0 when it is not valid UTF-8. */
static size_t hf_utf8_sequence_length(const unsigned char *s) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t length;
    unsigned int minimum;
    unsigned int point;
    if ((c & 0xE0) == 0xC0) { length = 2; minimum = 0x80; point = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { length = 3; minimum = 0x800; point = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { length = 4; minimum = 0x10000; point = c & 0x07; }
    else return 0;
    for (size_t i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        point = (point << 6) | (s[i] & 0x3F);
    }
    if (point < minimum || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) return 0;
    return length;
}

void hf_line_append_json_string(hf_line *line, const char *text) {
    static const char hex[] = "0123456789abcdef";
    hf_line_append_bytes(line, "\"", 1);
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    while (*s) {
        const unsigned char *run = s;
        while (*s >= 0x20 && *s < 0x80 && *s != '"' && *s != '\\') s++;
        if (s > run) hf_line_append_bytes(line, (const char *)run, (size_t)(s - run));
        if (*s == 0) break;
        if (*s == '"') { hf_line_append_bytes(line, "\\\"", 2); s++; }
        else if (*s == '\\') { hf_line_append_bytes(line, "\\\\", 2); s++; }
        else if (*s == '\n') { hf_line_append_bytes(line, "\\n", 2); s++; }
        else if (*s == '\r') { hf_line_append_bytes(line, "\\r", 2); s++; }
        else if (*s == '\t') { hf_line_append_bytes(line, "\\t", 2); s++; }
        else if (*s < 0x20) {
            char escape[6] = {'\\', 'u', '0', '0', hex[*s >> 4], hex[*s & 0xF]};
            hf_line_append_bytes(line, escape, 6);
            s++;
        } else {
            size_t length = hf_utf8_sequence_length(s);
            if (length == 0) {
                hf_line_append_bytes(line, "\\ufffd", 6);
                s++;
            } else {
                hf_line_append_bytes(line, (const char *)s, length);
                s += length;
            }
        }
    }
    hf_line_append_bytes(line, "\"", 1);
}
