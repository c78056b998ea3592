#include "FuzzDriver.h"

// Defined by libFuzzer (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

static hf_fuzz_input registered_input;

// The entry libFuzzer's own `main` (linked by `-sanitize=fuzzer`, but not the program's entry
// point) refers to; only `hf_fuzz_run` ever drives the fuzzer.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return registered_input(data, size);
}

int hf_fuzz_run(int argc, char **argv, hf_fuzz_input input) {
    registered_input = input;
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
