import Foundation

/// Waiting for the server, and what the errors show of its answers.
extension ServerSession {
    /// Polls `ready` until it answers 2xx, within `ready_seconds` and the scenario's time limit.
    /// A server that exits first, listens on another port or is not ready in time is bad input
    /// (``RunnerError``, exit 2): the scenario's server cannot be run as declared.
    func waitUntilReady() throws {
        let ready = "\(spec.ready.method) \(spec.ready.path)"
        let end = min(ContinuousClock.now + .milliseconds(Int64(spec.readySeconds * 1000)), deadline.end)
        var last = "nothing listened on 127.0.0.1:\(port)"
        while true {
            if let outcome = ProcessGroup.exited(pid) {
                throw startFailure(
                    "the server \(Self.describe(outcome)) before it was ready (`\(ready)` answering 2xx)")
            }
            if deadline.isPast { throw ScenarioStop.timeLimit(seconds: deadline.seconds, scale: scale) }
            if ContinuousClock.now >= end {
                throw startFailure(
                    "the server was not ready: it did not answer `\(ready)` with a 2xx within "
                        + "\(Self.seconds(spec.readySeconds)) s (ready_seconds); \(last)")
            }
            do {
                let response = try HTTPClient.send(
                    spec.ready.method, spec.ready.path, headers: [], body: nil, port: port,
                    deadline: min(ContinuousClock.now + .seconds(5), end))
                if (200..<300).contains(response.status) { return }
                last = "its last answer was \(response.status) \(response.reason)" + Self.bodyStart(response)
            } catch .refused {
                let others = GroupProcesses.listeningPorts(in: pid).filter { $0 != port }
                if !others.isEmpty {
                    throw startFailure(
                        "the server was not ready: it listens on port \(others.map(String.init).joined(separator: ", ")), "
                            + "not on the port it was given (\(port)), so `\(ready)` cannot reach it; bind "
                            + "127.0.0.1:{port} in its command")
                }
            } catch .timedOut {
                last = "the ready request got no answer in time"
            } catch {
                last = describe(error)
            }
            usleep(50_000)
        }
    }

    // MARK: - Describing

    func describe(_ error: HTTPClientError) -> String {
        switch error {
        case .refused:
            if let outcome = exitedSoon() { return "the server \(Self.describe(outcome))" }
            return "nothing listens on 127.0.0.1:\(port) any more"
        case .timedOut: return "no answer before the time limit"
        case .broken(let reason):
            if let outcome = exitedSoon() { return "\(reason); the server \(Self.describe(outcome))" }
            return reason
        }
    }

    /// How the server ended, if it ends within half a second: a connection it dropped is often
    /// the first sign of a crash its shell has not yet reported.
    private func exitedSoon() -> ProcessGroup.Outcome? {
        for _ in 0..<50 {
            if let outcome = ProcessGroup.exited(pid) { return outcome }
            usleep(10_000)
        }
        return nil
    }

    static func describe(_ outcome: ProcessGroup.Outcome) -> String {
        switch outcome {
        case .exited(let code): "exited with status \(code)"
        case .signaled(let signal): "was killed by signal \(signal)"
        case .timedOut: "was stopped"
        }
    }

    /// The start of a response's body (20 lines, 2000 characters at most), for an error.
    static func bodyStart(_ response: HTTPResponse) -> String {
        let text = String(decoding: response.body.prefix(2000), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).prefix(20).joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? " (empty body)" : "\n--- response body (start) ---\n" + text
    }

    /// `text` safe in a URL's path or query: RFC 3986's unreserved characters kept, the rest
    /// percent-encoded as UTF-8.
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(
            .init(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
