import Foundation

/// What a command or server wrote to the files named `<base>.stdout` and `<base>.stderr`.
enum CapturedOutput {
    /// The last `lines` lines of each stream, headed by its name, with machine paths replaced by
    /// names (`paths`: path → replacement); empty when neither stream has output.
    static func tail(_ base: String, replacing paths: [String: String], lines: Int = 20) -> String {
        var text = ""
        for stream in ["stdout", "stderr"] {
            guard let data = FileManager.default.contents(atPath: base + "." + stream), !data.isEmpty else {
                continue
            }
            var tail = String(decoding: data, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .suffix(lines + 1).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            for path in paths.keys.sorted(by: { $0.count > $1.count }) {
                tail = tail.replacingOccurrences(of: path, with: paths[path] ?? "")
            }
            text += "\n--- \(stream) (last lines) ---\n" + tail
        }
        return text
    }
}
