#ifndef HUNDREDFOLD_INSERT_LOOP_H
#define HUNDREDFOLD_INSERT_LOOP_H
#include <stdint.h>

/// The baseline: a plain C loop of one prepared INSERT into the benchmark table, all rows in one
/// transaction, values from an inline xorshift generator. Returns rows inserted, or -1 on error.
int64_t hf_insert_loop(const char *path, const char *schema, int64_t rows);

#endif
