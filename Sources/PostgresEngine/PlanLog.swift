import Foundation

/// The plans `auto_explain` writes to a throwaway server's log (`log_analyze`, JSON format, the
/// database's name in each line's prefix), read from where the last reading stopped.
///
/// A backend writes each plan in one `write` when its statement ends, before the client has the
/// statement's result, so once a program has its answers its plans are in the file.
public struct PlanLog {
    /// One plan: the statement as the program sent it and what its execution did.
    public struct Entry: Sendable, Equatable {
        public var queryText: String
        public var plan: ExplainedPlan
    }

    let file: URL
    private var offset: UInt64

    /// Starts reading `file` at its current end.
    public init(file: URL) {
        self.file = file
        offset = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? UInt64) ?? 0
    }

    /// The plans of statements of `database` logged since the last call (or since ``init(file:)``).
    public mutating func read(database: String) -> [Entry] {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [] }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.readToEnd(),
            let lastNewline = data.lastIndex(of: 10)
        else { return [] }
        let whole = data[data.startIndex...lastNewline]
        offset += UInt64(whole.count)
        return Self.entries(in: String(decoding: whole, as: UTF8.self), database: database)
    }

    /// The `auto_explain` entries of `database` in log `text`: a line `… [pid] DATABASE LOG:
    /// duration: … plan:` followed by the JSON document, one tab-indented line each.
    static func entries(in text: String, database: String) -> [Entry] {
        let header = "] \(database) LOG:  duration: "
        var entries: [Entry] = []
        var json: [Substring]?
        func finish() {
            guard let lines = json else { return }
            json = nil
            let document = lines.joined(separator: "\n")
            guard let data = document.data(using: .utf8),
                let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                let plan = ExplainedPlan(document: object)
            else { return }
            entries.append(Entry(queryText: object["Query Text"] as? String ?? "", plan: plan))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("\t") {
                json?.append(line.dropFirst())
                continue
            }
            finish()
            if line.contains(header), line.hasSuffix("plan:") { json = [] }
        }
        finish()
        return entries
    }
}
