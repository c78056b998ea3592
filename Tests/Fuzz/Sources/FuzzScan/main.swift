import Foundation
import FuzzDriver
import StaticScan

/// The file names the first input byte chooses from: one per language (its lexer, loop finder and
/// rules) and one per template dialect (its projection onto the host language).
private let paths =
    Language.allCases.map { "app/fuzz.\($0.fileExtension)" } + [
        "app/views/fuzz.html.erb", "app/templates/fuzz.html", "app/fuzz.jinja2", "app/views/fuzz.haml",
        "app/views/fuzz.slim", "resources/views/fuzz.blade.php", "Views/Fuzz.cshtml",
        "lib/fuzz_web/fuzz.html.heex",
    ]

private let scanner = Scanner()

/// One libFuzzer input: the first byte picks the file's name (so its language), the rest is its text,
/// scanned in full.
private let fuzzOne: hf_fuzz_input = { start, count in
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let first = bytes.first else { return 0 }
    let path = paths[Int(first) % paths.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    _ = scanner.scanReportingSkip(SourceFile(path: path, text: text, changedLines: nil))
    return 0
}

exit(hf_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOne))
