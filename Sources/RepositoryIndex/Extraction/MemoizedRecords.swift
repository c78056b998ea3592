import StaticScan

/// Association reads on a record that a memoized function of the same file returns:
/// `membership = membership(project)` then `membership.roles.to_a`, where `membership(project)`
/// caches its record per key (`@membership_by_project_id ||= Hash.new { … }`). An ORM that keeps
/// a loaded association on its record (``ModelFramework/keepsLoadedAssociations``) loads it once
/// per cached record, so the read is not I/O each time the function runs.
struct MemoizedRecords {
    /// Names of the file's memoized functions; empty where the ORM reloads associations.
    let memoizedFunctions: Set<String>

    init(file: AnalyzedFile, memoizedFunctions: Set<String>) {
        let keeps = ModelFramework.of(file.language).contains(where: \.keepsLoadedAssociations)
        self.memoizedFunctions = keeps ? memoizedFunctions : []
    }

    /// Whether `call` only loads associations of a record a memoized function returned, inside
    /// `body` (the function the call is in): every link between the record and the call is a bare
    /// association name, and the call itself takes no arguments (`to_a`, `each`, not `find(3)`).
    func isCachedRead(_ call: CallSite, in body: Range<Int>, file: AnalyzedFile) -> Bool {
        guard !memoizedFunctions.isEmpty, call.link >= 1 else { return false }
        let links = call.chain.links
        guard links[1...call.link].allSatisfy({ $0.arguments?.isEmpty ?? true }) else { return false }
        let root = links[0]
        if root.isCall { return memoizedFunctions.contains(root.name) }
        return isBoundToMemoizedCall(root.name, before: call.chain.start, in: body, file: file)
    }

    /// Whether the last assignment to `name` before `position` in `body` is a call of a memoized
    /// function (`membership = membership(project)`, `if membership = self.membership(p)`).
    private func isBoundToMemoizedCall(
        _ name: String, before position: Int, in body: Range<Int>, file: AnalyzedFile
    )
        -> Bool
    {
        let tokens = file.tokens
        var index = min(position, tokens.count) - 1
        while index >= body.lowerBound, index + 2 < tokens.count {
            defer { index -= 1 }
            guard tokens[index].text == name, file.isPunctuation(index + 1, "="),
                !tokens.isMemberAccess(at: index - 1, in: file.language)
            else { continue }
            var value = index + 2
            if FileIndexer.selfNames.contains(tokens[value].text),
                tokens.isMemberAccess(at: value + 1, in: file.language)
            {
                value += 2
            }
            return value < tokens.count && memoizedFunctions.contains(tokens[value].text)
        }
        return false
    }
}
