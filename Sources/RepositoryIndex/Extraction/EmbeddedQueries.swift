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

    /// Whether `call`, a lazy query assigned to a local in `body`, is only ever embedded in
    /// another query after that: every later use of the local in `body` is an argument of an
    /// embedding call (and there is at least one).
    static func isHeldForEmbedding(_ call: CallSite, in body: Range<Int>, file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        let start = call.chain.start
        guard !call.executes, start >= 2, tokens[start - 1].is("="), tokens[start - 2].kind == .identifier
        else { return false }
        let uses = (file.occurrences[tokens[start - 2].text] ?? []).filter {
            $0 > call.chain.end && $0 < body.upperBound
        }
        return !uses.isEmpty
            && uses.allSatisfy { use in
                file.enclosingCall(of: use).map {
                    CallCatalog.embedsSubquery($0.chain.links[$0.link].name, language: file.language)
                } == true
            }
    }
}
