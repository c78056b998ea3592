import Foundation
import FuzzDriver
import TraceIngest

/// One libFuzzer input: any bytes are a trace log written by the preload tracer (JSON lines).
private let fuzzOne: hf_fuzz_input = { start, count in
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    if let log = try? TraceLog(parsing: data, fileName: "fuzz.jsonl") {
        _ = (log.processes, log.opens, log.statements, log.errors)
    }
    return 0
}

exit(hf_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne))
