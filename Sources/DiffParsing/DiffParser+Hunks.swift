// MARK: - Hunks

extension DiffCursor {
    /// Reads consecutive `@@` hunks and checks that each header's counts match its lines exactly.
    mutating func readHunks() throws -> [Hunk] {
        var hunks: [Hunk] = []
        while let line = current, line.starts(with: "@@ ") {
            hunks.append(try readHunk())
        }
        try rejectOverlongHunk(hunks.last)
        return hunks
    }

    private mutating func readHunk() throws -> Hunk {
        let headerLine = lineNumber
        var header = HunkHeaderScanner(bytes: current?.bytes ?? [], source: source, line: headerLine)
        let ranges = try header.scan(parents: 1)
        var hunk = Hunk(
            oldStart: ranges.old[0].start, oldCount: ranges.old[0].count, newStart: ranges.new.start,
            newCount: ranges.new.count, section: header.section, diffLine: headerLine)
        advance()
        var old = (next: hunk.oldStart, left: hunk.oldCount)
        var new = (next: hunk.newStart, left: hunk.newCount)
        if hunk.oldCount == 0 { old.next += 1 }
        if hunk.newCount == 0 { new.next += 1 }
        while old.left > 0 || new.left > 0 {
            guard let line = current else {
                throw mismatch(hunk, old: old.left, new: new.left, detail: "but the diff ends first")
            }
            let text = DiffPath.decode(line.bytes.dropFirst())
            let first = line.bytes.first
            if first == UInt8(ascii: "\\") {
                advance()
                continue
            }
            // An empty line inside a hunk is a context line whose trailing space was stripped.
            if (first == UInt8(ascii: " ") || first == nil), old.left > 0, new.left > 0 {
                hunk.lines.append(HunkLine(kind: .context, text: text, oldLine: old.next, newLine: new.next))
                old = (old.next + 1, old.left - 1)
                new = (new.next + 1, new.left - 1)
            } else if first == UInt8(ascii: "+"), new.left > 0 {
                hunk.lines.append(HunkLine(kind: .added, text: text, oldLine: nil, newLine: new.next))
                new = (new.next + 1, new.left - 1)
            } else if first == UInt8(ascii: "-"), old.left > 0 {
                hunk.lines.append(HunkLine(kind: .removed, text: text, oldLine: old.next, newLine: nil))
                old = (old.next + 1, old.left - 1)
            } else {
                throw mismatch(hunk, old: old.left, new: new.left, detail: "but this line does not fit")
            }
            advance()
        }
        if let line = current, line.starts(with: "\\") { advance() }
        return hunk
    }

    /// A body line right after a complete hunk means the header promised too few lines.
    private func rejectOverlongHunk(_ hunk: Hunk?) throws {
        guard let hunk, let line = current, let first = line.bytes.first else { return }
        let isBody =
            first == UInt8(ascii: " ") || (first == UInt8(ascii: "+") && !line.starts(with: "+++ "))
            || (first == UInt8(ascii: "-") && !line.starts(with: "--- ") && !line.starts(with: "-- ")
                && line.bytes.count > 2)
        guard isBody else { return }
        throw DiffError.hunkCountMismatch(
            source: source, line: lineNumber, headerLine: hunk.diffLine,
            detail: "says \(hunk.oldCount) old and \(hunk.newCount) new lines, but more hunk lines follow")
    }

    private func mismatch(_ hunk: Hunk, old: Int, new: Int, detail: String) -> DiffError {
        .hunkCountMismatch(
            source: source, line: lineNumber, headerLine: hunk.diffLine,
            detail: "says \(hunk.oldCount) old and \(hunk.newCount) new lines; \(old) old and \(new) new "
                + "lines are still missing, \(detail) (expected a line starting with ' ', '+', '-' or '\\')")
    }
}

// MARK: - Hunk header

/// Scans `@@ -a,b +c,d @@ section` (or `@@@ -a,b -c,d +e,f @@@` for combined diffs) byte by
/// byte, so an error can name the column where the header stops making sense.
struct HunkHeaderScanner {
    typealias Range = (start: Int, count: Int)

    let bytes: ArraySlice<UInt8>
    let source: String
    let line: Int
    private var index: Int
    private(set) var section = ""

    init(bytes: ArraySlice<UInt8>, source: String, line: Int) {
        self.bytes = bytes
        self.source = source
        self.line = line
        self.index = bytes.startIndex
    }

    /// Reads the header of a hunk against `parents` old versions (1 for an ordinary diff).
    mutating func scan(parents: Int) throws -> (old: [Range], new: Range) {
        let marker = String(repeating: "@", count: parents + 1)
        try expect(marker + " ", what: "'\(marker) ' to open the hunk header")
        var old: [Range] = []
        for _ in 0..<parents {
            try expect("-", what: "'-' and the old line range (like -12,5)")
            old.append(try range())
            try expect(" ", what: "a space after the old line range")
        }
        try expect("+", what: "'+' and the new line range (like +12,7)")
        let new = try range()
        try expect(" " + marker, what: "' \(marker)' to close the hunk header")
        section = DiffPath.decode(bytes[index...]).trimmingSpaces()
        return (old, new)
    }

    private mutating func range() throws -> Range {
        let start = try number()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ",") else { return (start, 1) }
        index += 1
        return (start, try number())
    }

    private mutating func number() throws -> Int {
        let digits = bytes[index...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !digits.isEmpty, digits.count < 10, let value = Int(DiffPath.decode(digits)) else {
            throw error("a line number")
        }
        index += digits.count
        return value
    }

    private mutating func expect(_ text: String, what: String) throws {
        guard bytes[index...].starts(with: text.utf8) else { throw error(what) }
        index += text.utf8.count
    }

    private func error(_ expected: String) -> DiffError {
        .malformed(source: source, line: line, column: index - bytes.startIndex + 1, expected: expected)
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
