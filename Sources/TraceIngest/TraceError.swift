/// Why a trace file could not be read. A trace is written by Hundredfold's own preload library,
/// so these are not the user's mistakes: they point at a truncated file or a tracer bug.
public enum TraceError: Error, Equatable, CustomStringConvertible {
    /// A line that is not a trace record; `line` is 1-based.
    case malformedLine(file: String, line: Int, reason: String)
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .malformedLine(let file, let line, let reason):
            "\(file):\(line): malformed trace record: \(reason)"
        case .unreadable(let file, let reason):
            "cannot read the trace file \(file): \(reason)"
        }
    }
}
