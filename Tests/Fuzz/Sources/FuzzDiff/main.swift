import DiffParsing
import Foundation
import FuzzDriver

/// One libFuzzer input: any bytes are a unified diff; parsing either succeeds or throws `DiffError`.
private let fuzzOne: hf_fuzz_input = { start, count in
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    _ = try? DiffParser(source: "fuzz.diff").changeSet(bytes)
    return 0
}

exit(hf_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne))
