import Foundation

/// Looks inside an executable for a statically linked SQLite.
public enum ExecutableInspection {
    /// The header string every SQLite build carries (it starts each database file). A program
    /// using the shared libsqlite3 does not contain it; one with SQLite compiled in does.
    static let marker = Data("SQLite format 3".utf8 + [0])

    /// Whether the file at `path` contains SQLite's own code, judged by its header string.
    /// Unreadable files are reported as not embedding SQLite.
    public static func embedsSQLite(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var carry = Data()
        while true {
            guard let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty else { return false }
            let window = carry + chunk
            if window.range(of: marker) != nil { return true }
            carry = window.suffix(marker.count - 1)
        }
    }
}
