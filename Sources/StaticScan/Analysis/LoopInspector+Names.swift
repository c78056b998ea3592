// MARK: - Loops whose size the code fixes, and loops over batches, by name

extension LoopInspector {
    /// The cases of an enum or the keys of a constant object: `Object.values(UserRole)`,
    /// `Object.keys(Color)`, `Enum.GetValues(typeof(Role))`, `Enum.GetValues<Role>()`,
    /// `Role.values()`, `Role.entries` — as many as the code declares, not as the data holds.
    func isEnumCases(_ range: Range<Int>) -> Bool {
        let words = file.tokens[range.clamped(to: 0..<file.tokens.count)].map(\.text)
        func capitalized(_ word: String) -> Bool { word.first?.isUppercase == true }
        // `Object.values(UserRole)`, `Enum.GetValues(typeof(Role))`, `Enum.GetValues<Role>()`.
        if words.count >= 6, ["Object", "Enum"].contains(words[0]), words[1] == ".",
            ["values", "keys", "entries", "GetValues", "GetNames"].contains(words[2])
        {
            let inner = words[3...].filter { $0.first?.isLetter == true && $0 != "typeof" }
            return inner.count == 1 && capitalized(inner[0])
        }
        // `Role.values()`, `Role.entries` (Java, Kotlin enums).
        if words.count == 5 || words.count == 3, capitalized(words[0]), words[1] == ".",
            ["values", "entries"].contains(words[2]), words.count == 3 || words[3] == "("
        {
            return file.language == .java || file.language == .kotlin
        }
        return false
    }

    /// `batch`, `chunk_of_ids`, `idBatches`, `in_batches_of`: a name about batches or chunks.
    static func namesBatch(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("batch") || lower.contains("chunk")
    }

    /// `queryset_in_batches`, `chunked`, `idChunks`: a helper that yields batches (not `get_batch`,
    /// whose elements are items).
    static func namesBatches(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["batches", "batched", "chunks", "chunked"].contains(where: lower.contains)
    }
}
