/// A `hundredfold:ignore HF101,HF103 reason` comment: it silences those rules' findings on its
/// own line and on the line below it.
public struct Suppression: Sendable, Equatable {
    public static let marker = "hundredfold:ignore"

    /// Where `hundredfold:ignore` is written.
    public var line: Int
    public var column: Int
    /// The rule IDs it names, upper-cased.
    public var ruleIDs: [String]
    /// The reason after the IDs; nil when none is given.
    public var reason: String?

    /// Whether this suppression silences `finding`.
    public func covers(_ finding: Finding) -> Bool {
        guard ruleIDs.contains(finding.rule) else { return false }
        let lines = [finding.line] + (finding.loop_line.map { [$0] } ?? [])
        return lines.contains { $0 == line || $0 == line + 1 }
    }

    /// The suppressions in a comment (several markers may share one comment).
    static func parse(_ comment: Comment) -> [Suppression] {
        var result: [Suppression] = []
        var rest = Substring(comment.text)
        var line = comment.line
        var column = comment.column
        while let range = rest.firstRange(of: marker) {
            for character in rest[..<range.lowerBound].unicodeScalars {
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            var tail = rest[range.upperBound...]
            let end = tail.firstIndex(of: "\n") ?? tail.endIndex
            var text = tail[..<end]
            if let next = text.firstRange(of: marker) { text = text[..<next.lowerBound] }
            let (ids, reason) = splitIDs(text)
            result.append(Suppression(line: line, column: column, ruleIDs: ids, reason: reason))
            column += marker.unicodeScalars.count
            tail = tail[tail.startIndex...]
            rest = tail
        }
        return result
    }

    /// `HF101, HF103 - reason */` → (["HF101", "HF103"], "reason").
    private static func splitIDs(_ text: Substring) -> ([String], String?) {
        var ids: [String] = []
        var rest = text.drop { $0 == " " || $0 == "\t" || $0 == ":" }
        while true {
            let word = rest.prefix { $0.isLetter || $0.isNumber }
            let upper = word.uppercased()
            guard upper.count >= 3, upper.hasPrefix("HF"), upper.dropFirst(2).allSatisfy(\.isNumber) else {
                break
            }
            ids.append(upper)
            rest = rest.dropFirst(word.count).drop { $0 == " " || $0 == "," || $0 == "\t" }
        }
        var reason = String(rest)
        for closer in ["*/", "-->", "#}", "%>", "?>", "--}}", "*@", "%}"] where reason.hasSuffix(closer) {
            reason.removeLast(closer.count)
        }
        let trimmed = reason.drop { " \t-:–—".contains($0) }.reversed().drop { " \t\r".contains($0) }
        let clean = String(trimmed.reversed())
        return (ids, clean.isEmpty ? nil : clean)
    }
}

extension AnalyzedFile {
    /// Every suppression comment of the file, in order.
    static func findSuppressions(in comments: [Comment]) -> [Suppression] {
        let marker = Array(Suppression.marker.utf8)
        return comments.filter { comment in
            var utf8 = comment.text.utf8[...]
            while let start = utf8.firstIndex(of: marker[0]) {
                if utf8[start...].starts(with: marker) { return true }
                utf8 = utf8[utf8.index(after: start)...]
            }
            return false
        }.flatMap(Suppression.parse)
    }

    /// Whether suppression `index` (in ``suppressions``) silenced a finding in this scan.
    public func suppressionWasUsed(_ index: Int) -> Bool {
        index < suppressionUse.count && suppressionUse[index]
    }
}
