// MARK: - HF201: a whole set read from the store, then narrowed to a few keys in memory

extension UnboundedQueryRule {
    /// In-memory filters whose condition can pick rows by key: LINQ, JavaScript arrays, Kotlin and
    /// Swift collections.
    static let memoryFilters: Set<String> = [
        "Where", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Any", "filter", "find", "first",
        "firstOrNull", "single", "singleOrNull", "some",
    ]

    /// A repository method that returns a whole set: `GetManyByOrganizationIdAsync`, `findAll`,
    /// `getAllForUser`, `listAll`.
    static func readsWholeSet(_ method: String) -> Bool {
        let lower = method.lowercased()
        return ["getmany", "getall", "findall", "listall", "fetchall", "loadall"].contains {
            lower.hasPrefix($0)
        }
    }

    /// `var all = await repo.GetManyByOrganizationIdAsync(orgId);` followed within a few lines by
    /// `all.Where(c => ids.Contains(c.Id))` (or the filter chained on the read itself): every row of
    /// the set travels from the store to keep the few the caller named.
    func inMemoryKeyFilterFindings(_ file: AnalyzedFile) -> [Finding] {
        file.chains.compactMap { chain -> Finding? in
            guard
                let read = chain.links.indices.first(where: {
                    $0 >= 1 && chain.links[$0].isCall && Self.readsWholeSet(chain.links[$0].name)
                        && Self.isRepository(chain.links[$0 - 1].name)
                }),
                let filter = keyFilter(after: chain, read: read, in: file)
            else { return nil }
            let call = chain.text(through: read)
            let message =
                "`\(call)` loads a whole set and line \(filter) keeps only the rows of a few keys in memory: every other row is read for nothing, and their number grows with the data."
            return file.finding(
                description, at: chain.start, loop: nil, call: call, kind: .dbRead, confidence: .medium,
                message: message,
                hint:
                    "Ask the store for the rows of those keys (`GetByIdAsync(id)`, `WHERE id IN (…)`, `findAllById(ids)`) instead of filtering the whole set."
            )
        }
    }

    /// Ruby: `users.include?(order.user)` on a `has_many :users` the same model lists for
    /// preloading (`[:users]`, `includes(:users)`): the membership test scans every loaded record
    /// of the association, which the preload reads whole.
    func preloadedMembershipFindings(_ file: AnalyzedFile) -> [Finding] {
        guard file.language == .ruby else { return [] }
        return file.chains.compactMap { chain -> Finding? in
            let links = chain.links
            guard links.count == 2, !links[0].isCall, ["include?", "member?"].contains(links[1].name),
                Self.preloadsAssociation(links[0].name, in: file)
            else { return nil }
            let call = chain.text(through: 1)
            return file.finding(
                description, at: chain.start, loop: nil, call: call, kind: .dbRead, confidence: .medium,
                message:
                    "`\(call)` tests membership on the `\(links[0].name)` association, which this model lists for preloading: every associated record is loaded to test one, and their number grows with the data.",
                hint:
                    "Ask the database: `\(links[0].name).where(id: record.id).exists?`, and leave the association out of the preload list."
            )
        }
    }

    /// `has_many :name` in the file, and `:name` listed again in an array or an argument list.
    private static func preloadsAssociation(_ name: String, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let associations: Set<String> = ["has_many", "has_and_belongs_to_many"]
        var declared = false
        var listed = false
        for index in file.occurrences[name] ?? [] where index >= 2 && tokens[index - 1].is(":") {
            let previous = tokens[index - 2].text
            if associations.contains(previous) { declared = true }
            if ["[", "(", ","].contains(previous),
                index < 3 || !associations.contains(tokens[index - 3].text)
            {
                listed = true
            }
        }
        return declared && listed
    }

    private static func isRepository(_ receiver: String) -> Bool {
        let lower = receiver.lowercased()
        return lower.hasSuffix("repository") || lower.hasSuffix("repo") || lower.hasSuffix("dao")
    }

    /// The line of the key filter on the read's result: chained after it, or on the variable the
    /// result is assigned to within ``nearbyLines``.
    private func keyFilter(after chain: CallChain, read: Int, in file: AnalyzedFile) -> Int? {
        let tokens = file.tokens
        if let link = chain.links.indices.first(where: {
            $0 > read && Self.memoryFilters.contains(chain.links[$0].name)
                && ORMMatcher(file: file, chain: chain).keyFilter($0) == .key
        }) {
            return tokens[chain.links[link].token].line
        }
        var before = chain.start - 1
        while before >= 0, tokens[before].is("await") || tokens[before].is("try") { before -= 1 }
        guard before >= 1, tokens[before].is("=") || tokens[before].is(":="),
            tokens[before - 1].kind == .identifier
        else { return nil }
        let name = tokens[before - 1].text
        let lastLine = tokens[chain.start].line + Self.nearbyLines
        for use in file.occurrences[name] ?? []
        where use >= chain.end && tokens[use].line <= lastLine {
            guard let later = file.chains(startingIn: use..<(use + 1)).first, later.links.count >= 2,
                Self.memoryFilters.contains(later.links[1].name),
                ORMMatcher(file: file, chain: later).keyFilter(1) == .key
            else { continue }
            return tokens[later.links[1].token].line
        }
        return nil
    }
}
