// MARK: - Loops whose size the code fixes, and loops over batches, by name

extension LoopInspector {
    /// The cases of an enum or the keys of a constant object: `Object.values(UserRole)`,
    /// `Object.keys(Color)`, `Enum.GetValues(typeof(Role))`, `Enum.GetValues<Role>()`,
    /// `Role.values()`, `Role.entries`, Python `for role in Role:`, a Django setting — as many as
    /// the code or the deployment declares, not as the data holds.
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
        // `for leg, label in FeedLegChoices:`: Python iterates a class only when it is an enum.
        if file.language == .python, words.count == 1, capitalized(words[0]),
            words[0].contains(where: \.isLowercase)
        {
            return true
        }
        // `for name in settings.REMOTE_AUTH_DEFAULT_GROUPS:`: a Django setting, fixed by the deployment.
        if file.language == .python, words.count >= 3, words[0] == "settings", words[1] == ".",
            IdentifierShape.isConstant(words[2]),
            words.count == 3 || (words.count == 7 && ["items", "keys", "values"].contains(words[4]))
        {
            return true
        }
        // `Role.values()`, `Role.entries` (Java, Kotlin enums).
        if words.count == 5 || words.count == 3, capitalized(words[0]), words[1] == ".",
            ["values", "entries"].contains(words[2]), words.count == 3 || words[3] == "("
        {
            return file.language == .java || file.language == .kotlin
        }
        return false
    }

    /// Conversions that keep an enum's cases as few as they are (`LuceneEntity.entries.toSet()`).
    static let collectionConversions: Set<String> = [
        "toSet", "toList", "toMutableSet", "toMutableList", "toTypedArray", "asList", "ToList", "ToArray",
    ]

    /// `entities ?: LuceneEntity.entries.toSet()`, `roles ?? Role.values()`: the caller's pick among an
    /// enum's cases, or all of them — never more cases than the enum declares.
    func isEnumCasesDefault(_ value: Range<Int>) -> Bool {
        let tokens = file.tokens
        guard let fallback = value.first(where: { tokens[$0].is("?:") || tokens[$0].is("??") }) else {
            return false
        }
        var cases = (fallback + 1)..<value.upperBound
        if cases.count > 4, tokens[cases.upperBound - 1].is(")"), tokens[cases.upperBound - 2].is("("),
            Self.collectionConversions.contains(tokens[cases.upperBound - 3].text),
            tokens[cases.upperBound - 4].is(".")
        {
            cases = cases.lowerBound..<(cases.upperBound - 4)
        }
        return !cases.isEmpty && isEnumCases(cases)
    }

    /// Test-data factories asked for a fixed number of rows: `Book::factory()->count(5)->create()`,
    /// `UserFactory.create_batch(3)`, `create_list(:user, 3)` — as many as the code says.
    func isFactoryCount(_ range: Range<Int>) -> Bool {
        let tokens = file.tokens
        let range = range.clamped(to: 0..<tokens.count)
        func smallNumber(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].kind == .number,
                let value = Int(tokens[index].text.filter { $0 != "_" })
            else { return false }
            return value <= LoopFacts.smallConstant
        }
        let names = Set(tokens[range].lazy.filter { $0.kind == .identifier }.map(\.text))
        for index in range where tokens[index].kind == .identifier && index + 2 < tokens.count {
            guard tokens[index + 1].is("(") else { continue }
            switch tokens[index].text {
            case "count", "times":
                if names.contains("factory") || names.contains("Factory"), smallNumber(index + 2),
                    index + 3 < tokens.count,
                    tokens[index + 3].is(")")
                {
                    return true
                }
            case "create_batch", "build_batch", "createMany", "makeMany":
                if smallNumber(index + 2) { return true }
            case "create_list", "build_list":
                guard let close = file.brackets.partner(of: index + 1), close > index + 2 else { continue }
                if let comma = (index + 2..<close).first(where: { tokens[$0].is(",") }),
                    smallNumber(comma + 1)
                {
                    return true
                }
            default: continue
            }
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

extension LoopInspector {
    /// The lowercased words of an identifier: `max_tries` → max, tries; `retryCount` → retry,
    /// count; `HTTPRetries` → http, retries.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (offset, character) in characters.enumerated() {
            guard character.isLetter else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            let startsWord =
                character.isUppercase && !current.isEmpty
                && (current.last?.isLowercase == true
                    || (offset + 1 < characters.count && characters[offset + 1].isLowercase))
            if startsWord {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }
}
