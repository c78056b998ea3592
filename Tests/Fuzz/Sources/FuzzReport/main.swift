import Foundation
import FuzzDriver
import Reporting

/// One libFuzzer input: any bytes are a report file given to `compare`; a report that decodes is
/// compared with itself and rendered as text, the way `compare` reads both sides.
private let fuzzOne: hf_fuzz_input = { start, count in
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    guard let report = try? ReportReader.decode(data, file: "fuzz.json") else { return 0 }
    _ = ReportComparator.compare(base: report, head: report)
    _ = try? RunReportFormat.text.renderer.render(report, options: RenderOptions())
    return 0
}

exit(hf_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne))
