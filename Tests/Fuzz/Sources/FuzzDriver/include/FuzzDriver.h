#ifndef HUNDREDFOLD_FUZZ_DRIVER_H
#define HUNDREDFOLD_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: returns 0 (libFuzzer's LLVMFuzzerTestOneInput contract).
typedef int (*hf_fuzz_input)(const uint8_t *data, size_t size);

/// Runs libFuzzer with the command line's options on `input` and returns its exit status.
/// SwiftPM names an executable's entry point itself, so the harness calls libFuzzer's driver
/// from its own `main` instead of linking libFuzzer's `main`.
int hf_fuzz_run(int argc, char **argv, hf_fuzz_input input);

#endif
