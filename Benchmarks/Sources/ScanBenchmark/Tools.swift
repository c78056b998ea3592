import Foundation

#if canImport(Glibc)
    import Glibc
    private let rusageChildren = __rusage_who_t(RUSAGE_CHILDREN.rawValue)
#else
    private let rusageChildren = RUSAGE_CHILDREN
#endif

/// Child processes, timing, and finding the tools the benchmark compares.
enum Tools {
    struct Run {
        var status: Int32
        /// Wall-clock time.
        var seconds: Double
        /// User plus system CPU time of the child: less disturbed by other load on the machine.
        var cpuSeconds: Double
        var stdout: Data
    }

    /// Runs `executable ARGUMENTS` in `directory`, discarding stderr, and times it (wall clock).
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let cpuBefore = childrenCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        // The child's end closes its output: timed there, as Foundation notices the exit only at
        // its next poll, tens of milliseconds later.
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, seconds: seconds, cpuSeconds: childrenCPUSeconds() - cpuBefore,
            stdout: data)
    }

    /// CPU time used by all waited-for children so far (`getrusage(RUSAGE_CHILDREN)`).
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(rusageChildren, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// The fastest of `times` runs (the least disturbed by the other load on the machine).
    static func best(_ times: Int, _ executable: String, _ arguments: [String], in directory: URL) throws
        -> Run
    {
        var best: Run?
        for _ in 0..<times {
            let run = try run(executable, arguments, in: directory)
            if best == nil || run.seconds < (best?.seconds ?? .infinity) { best = run }
        }
        guard let best else { throw BenchmarkError.missing("no runs") }
        return best
    }

    /// The package root (the folder above `Benchmarks/`).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `$HUNDREDFOLD_BIN`, or the release build of the main package.
    static func hundredfold() throws -> String {
        let path =
            ProcessInfo.processInfo.environment["HUNDREDFOLD_BIN"]
            ?? packageRoot.appendingPathComponent(".build/release/hundredfold").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError.missing(
                "hundredfold binary at \(path): run `swift build -c release` in the package root")
        }
        return path
    }

    /// `$SEMGREP`, or `semgrep` on the PATH.
    static func semgrep() throws -> String {
        let name = ProcessInfo.processInfo.environment["SEMGREP"] ?? "semgrep"
        guard (try? run(name, ["--version"], in: packageRoot))?.status == 0 else {
            throw BenchmarkError.missing("semgrep: `pip install semgrep`, or set SEMGREP to its path")
        }
        return name
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case missing(String)
    case failed(String)

    var description: String {
        switch self {
        case .missing(let what): "missing \(what)"
        case .failed(let what): what
        }
    }
}
