/// The moment a scenario's time limit runs out.
struct Deadline: Sendable {
    let end: ContinuousClock.Instant
    let seconds: Double

    init(seconds: Double) {
        self.seconds = seconds
        end = ContinuousClock.now.advanced(by: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }

    var isPast: Bool { ContinuousClock.now >= end }

    /// Throws ``ScenarioStop`` when the limit has run out.
    func check(scale: Int) throws {
        if isPast { throw ScenarioStop.timeLimit(seconds: seconds, scale: scale) }
    }
}

/// A scenario stopped before finishing: reported in `ScenarioReport.stopped`, verdict fail.
struct ScenarioStop: Error {
    var kind: String
    var scale: Int
    var message: String

    static func timeLimit(seconds: Double, scale: Int) -> ScenarioStop {
        ScenarioStop(
            kind: "time_limit", scale: scale,
            message: "stopped after the time limit of \(formatSeconds(seconds)) s (limits.time_seconds)")
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
