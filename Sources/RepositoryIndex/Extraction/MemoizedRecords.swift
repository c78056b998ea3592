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
        return isBoundToMemoizedCall(root.token, in: body, file: file)
    }

    /// Whether the value last assigned, inside `body`, to the name at `token` is a call of a
    /// memoized function (`membership = membership(project)`, `if membership = self.membership(p)`).
    private func isBoundToMemoizedCall(_ token: Int, in body: Range<Int>, file: AnalyzedFile) -> Bool {
        guard let value = EagerLoading.assignedExpression(of: token, in: file),
            value.lowerBound >= body.lowerBound
        else { return false }
        let tokens = file.tokens
        var first = value.lowerBound
        if FileIndexer.selfNames.contains(tokens[first].text),
            tokens.isMemberAccess(at: first + 1, in: file.language)
        {
            first += 2
        }
        return first < value.upperBound && memoizedFunctions.contains(tokens[first].text)
    }
}
