// MARK: - HF201 matcher for Core Data and SwiftData fetch requests

extension ORMMatcher {
    /// Properties that bound a fetch request: a row cap, an offset page, rows faulted in batches.
    private static let fetchBounds: Set<String> = ["fetchLimit", "fetchBatchSize", "fetchOffset"]

    /// `context.fetch(request)` where `request` is an `NSFetchRequest` or a `FetchDescriptor` made in
    /// the lines before with no `fetchLimit`/`fetchBatchSize`/`fetchOffset` and no predicate on a
    /// key: every matching object is materialized at once.
    func coreData() -> UnboundedQueryRule.AllRows? {
        guard let fetch = chain.links.indices.last(where: { chain.links[$0].isCall }), fetch >= 1,
            chain.links[fetch].name == "fetch", fetch == chain.links.count - 1,
            let passed = chain.links[fetch].arguments, passed.count == 1,
            file.tokens[passed.lowerBound].kind == .identifier
        else { return nil }
        let request = file.tokens[passed.lowerBound].text
        let firstLine = file.tokens[chain.start].line - UnboundedQueryRule.nearbyLines
        let uses = (file.occurrences[request] ?? []).filter {
            $0 < chain.start && file.tokens[$0].line >= firstLine
        }
        guard let declaration = uses.last(where: declaresFetchRequest) else { return nil }
        for use in uses where use > declaration {
            guard use + 2 < file.tokens.count, file.tokens[use + 1].is(".") else { continue }
            let property = file.tokens[use + 2].text
            if Self.fetchBounds.contains(property) { return nil }
            if property == "predicate", !predicateNarrowsNothing(after: use + 3) { return nil }
        }
        return UnboundedQueryRule.AllRows(link: fetch, family: "coredata")
    }

    /// `let request = NSFetchRequest<Entry>(entityName: "Entry")`, `= Entry.fetchRequest()`,
    /// `= FetchDescriptor<Entry>()`: with no predicate or limit given in the initializer.
    private func declaresFetchRequest(_ name: Int) -> Bool {
        let tokens = file.tokens
        guard name >= 1, tokens[name - 1].is("let") || tokens[name - 1].is("var") else { return false }
        var cursor = name + 1
        var made = false
        while cursor < tokens.count, !tokens[cursor].startsLine || cursor == name + 1 {
            let text = tokens[cursor].text
            if tokens[cursor].kind == .identifier {
                if ["NSFetchRequest", "FetchDescriptor", "fetchRequest"].contains(text) { made = true }
                if ["predicate", "fetchLimit"].contains(text) { return false }
            }
            cursor += 1
        }
        return made
    }

    /// `= NSPredicate(format: "created < %@", cutoff)` whose condition compares no key; any other
    /// predicate counts as narrowing.
    private func predicateNarrowsNothing(after index: Int) -> Bool {
        let tokens = file.tokens
        guard index + 5 < tokens.count, tokens[index].is("="), tokens[index + 1].is("NSPredicate"),
            tokens[index + 2].is("("), tokens[index + 3].is("format"), tokens[index + 4].is(":"),
            tokens[index + 5].kind == .string, !tokens[index + 5].text.contains("%K")
        else { return false }
        var condition = tokens[index + 5].text
        for placeholder in ["%@", "%d", "%i", "%f", "%ld", "%lld"] {
            condition = condition.replacing(placeholder, with: "?")
        }
        return SQLListRead.unbounded("SELECT * FROM t WHERE " + condition) != nil
    }
}
