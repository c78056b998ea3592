import StaticScan

/// Lazy queries that never run by themselves because they become part of another query's SQL:
/// written as the argument of an embedding call (`Subquery(Tag.objects.filter(…))`,
/// `->joinSub(DB::table('terms')->select(…), …)`), or held by a local whose every later use is
/// such an argument (`$sub = DB::table('terms')->select(…); $query->joinSub($sub, 's', …)`).
enum EmbeddedQueries {
    /// Whether `call`, a lazy query, is written as the argument of an embedding call.
    static func isWrittenEmbedded(_ call: CallSite, in file: AnalyzedFile) -> Bool {
        guard let enclosing = file.enclosingCall(of: call.chain.start) else { return false }
        return CallCatalog.embedsSubquery(enclosing.chain.links[enclosing.link].name, language: file.language)
    }

    /// Whether `call`, a lazy query in `body` assigned to a local (`$sub = DB::table(…)`) or
    /// refining one in place (`$sub->where(…);`), is only ever embedded in another query: the local
    /// is an argument of an embedding call at least once, and otherwise only refined in place by
    /// calls that run nothing (`$sub->addBinding(…)`).
    static func isHeldForEmbedding(_ call: CallSite, in body: Range<Int>, file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let start = call.chain.start
        guard !call.executes, start >= 1 else { return false }
        if start >= 2, tokens[start - 1].is("="), tokens[start - 2].kind == .identifier {
            return isOnlyEmbedded(local: start - 2, after: call.chain.end, in: body, file: file)
        }
        let name = tokens[start].text
        guard isRefinedInPlace(start, in: file),
            let assignment = (file.occurrences[name] ?? []).last(where: {
                $0 >= body.lowerBound && $0 < start && $0 + 1 < tokens.count && tokens[$0 + 1].is("=")
            })
        else { return false }
        return isOnlyEmbedded(local: assignment, after: assignment + 1, in: body, file: file)
    }

    /// Whether every use of the local named at `local` after token `after` in `body` embeds it in
    /// another query or refines it in place, at least one embedding it.
    private static func isOnlyEmbedded(local: Int, after: Int, in body: Range<Int>, file: AnalyzedFile)
        -> Bool
    {
        var embedded = false
        for use in file.occurrences[file.tokens[local].text] ?? [] where use > after && use < body.upperBound
        {
            if let enclosing = file.enclosingCall(of: use),
                CallCatalog.embedsSubquery(
                    enclosing.chain.links[enclosing.link].name, language: file.language)
            {
                embedded = true
            } else if !isRefinedInPlace(use, in: file) {
                return false
            }
        }
        return embedded
    }

    /// `$sub->where(…);` as a statement of its own: a chain rooted at the local whose calls run
    /// nothing and whose value is not kept.
    private static func isRefinedInPlace(_ use: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        guard use >= 1, !tokens[use - 1].is("="), !tokens[use - 1].is("return"),
            let chain = file.chains(startingIn: use..<(use + 1)).first, chain.links.count > 1
        else { return false }
        return file.calls(in: chain.start..<chain.end).allSatisfy { !$0.executes }
    }
}
