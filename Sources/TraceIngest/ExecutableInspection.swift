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

    /// Whether the file at `path` is an ELF executable without a program interpreter: statically
    /// linked, so the dynamic loader (and with it `LD_PRELOAD`) never runs in it.
    public static func isStaticELF(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 64), header.count == 64,
            header.prefix(4) == Data([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1
        else { return false }  // 64-bit little-endian ELF only
        let programHeaders = Int(littleEndian(header, at: 0x20, size: 8))
        let entrySize = Int(littleEndian(header, at: 0x36, size: 2))
        let entries = Int(littleEndian(header, at: 0x38, size: 2))
        guard entrySize >= 4, entries > 0, entries < 4096,
            (try? handle.seek(toOffset: UInt64(programHeaders))) != nil,
            let table = try? handle.read(upToCount: entrySize * entries), table.count == entrySize * entries
        else { return false }
        let interpreter: UInt64 = 3  // PT_INTERP
        return !(0..<entries).contains { littleEndian(table, at: $0 * entrySize, size: 4) == interpreter }
    }

    private static func littleEndian(_ data: Data, at offset: Int, size: Int) -> UInt64 {
        let start = data.startIndex + offset
        return data[start..<(start + size)].reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
