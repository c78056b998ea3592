import Foundation
import FuzzDriver
import ScenarioKit

/// A private folder holding only the scenario under test, so the files a scenario may name
/// (`schema:`, `sql_file:`) resolve inside it.
private let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "hundredfold-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()
private let file = folder.appendingPathComponent("fuzz.yml")
private let loader = ScenarioLoader(workingDirectory: folder)

/// One libFuzzer input: any bytes are a scenario file, loaded as `hundredfold run fuzz.yml` does.
private let fuzzOne: hf_fuzz_input = { start, count in
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    guard (try? data.write(to: file)) != nil else { return 0 }
    _ = try? loader.load(paths: ["fuzz.yml"])
    return 0
}

exit(hf_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne))
