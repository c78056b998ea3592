import DiffParsing
import Foundation
import StaticScan

/// What `hundredfold scan` reads.
public enum ScanInput: Sendable {
    /// A unified diff (`--diff FILE`, or `-` for stdin); `source` names it in errors.
    case diff(bytes: [UInt8], source: String)
    /// `--base REF [--head REF]`: the change from the merge base of `base` and the head (a commit,
    /// or the working tree when nil) in the git repository around the working directory.
    case refs(base: String, head: String?)
    /// `--all`: every tracked file (every file below the directory outside git), whole.
    case all
}

/// The files a scan will read, and those it will not (with the reason).
public struct ScanSources: Sendable {
    public var files: [SourceFile]
    public var skipped: [SkippedFile]

    public init(files: [SourceFile] = [], skipped: [SkippedFile] = []) {
        self.files = files
        self.skipped = skipped
    }
}

/// Bytes of a file turned into the text the scanner reads.
enum SourceText {
    /// Files larger than this are not scanned (generated or minified code).
    static let maximumSize = 2_000_000

    /// True when the bytes look binary (a NUL in the first 8 KB, as git decides).
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8_000).contains(0)
    }

    /// Decodes lossily as UTF-8 and turns CRLF into LF (line numbers do not change).
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "\r")) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated()
        where
            !(byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"))
        {
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The lines of `text` (without line endings), 1-based by index + 1.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A stand-in for a file that cannot be read: the hunks' new-side lines at their own line
    /// numbers, blank lines between, so findings point at the right lines.
    static func fromHunks(_ hunks: [Hunk]) -> String {
        let known = hunks.flatMap(\.newText)
        guard let last = known.map(\.line).max() else { return "" }
        var lines = Array(repeating: "", count: last)
        for (line, text) in known { lines[line - 1] = text }
        return lines.joined(separator: "\n") + "\n"
    }

    /// True when every line the hunks show of the new version is in `text` at that line number:
    /// the file on disk is the diff's new version.
    static func matches(_ text: String, hunks: [Hunk]) -> Bool {
        let lines = Self.lines(text)
        return hunks.flatMap(\.newText).allSatisfy { line, content in
            line - 1 < lines.count && lines[line - 1] == content
        }
    }
}
