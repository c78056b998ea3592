import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Start-up cost of the preload library per traced process: a trivial program (`true`) spawned
/// `runs` times untraced and `runs` times traced (`LD_PRELOAD` and a trace file, as a `command:`
/// step runs it), alternating in this one run; the medians of the two and their difference.
struct StartupCost {
    let library: URL
    let trace: URL
    let runs: Int

    struct Result {
        var untraced: Double
        var traced: Double
        var difference: Double { traced - untraced }
        var ratio: Double { traced / untraced }
    }

    func measure() -> Result {
        let program = ["/bin/true", "/usr/bin/true"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }!
        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "LD_PRELOAD")
        base.removeValue(forKey: "HUNDREDFOLD_TRACE_FILE")
        var traced = base
        traced["LD_PRELOAD"] = library.path
        traced["HUNDREDFOLD_TRACE_FILE"] = trace.path
        var untracedTimes: [Double] = []
        var tracedTimes: [Double] = []
        for _ in 0..<runs {
            untracedTimes.append(spawnAndWait(program, environment: base))
            tracedTimes.append(spawnAndWait(program, environment: traced))
        }
        try? FileManager.default.removeItem(at: trace)
        return Result(untraced: median(untracedTimes), traced: median(tracedTimes))
    }

    /// Seconds from posix_spawn to the child's exit.
    private func spawnAndWait(_ program: String, environment: [String: String]) -> Double {
        let arguments = [strdup(program), nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, program, nil, nil, arguments, variables) == 0 else {
            FileHandle.standardError.write(Data("cannot spawn \(program)\n".utf8))
            exit(1)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
