/// HF204: a loop that follows a cursor, next link or page number until the server says stop,
/// with no maximum number of pages or items.
public struct PaginationWithoutCapRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF204",
        name: "pagination-without-cap",
        severity: .warning,
        summary: "A loop follows pages until the server says stop, with no cap on pages or items.",
        explanation: """
            A loop that fetches page after page while the response carries a next link or a cursor runs as long \
            as the remote side says so: 3 pages on a test account, 40,000 for the largest customer, forever when \
            an API returns the same cursor twice. Reported: `while`/`do-while`/infinite loops whose condition or \
            exit is a cursor, next link, page token or `has_more` flag that the body advances from a response \
            (`while next_url:`, `while (cursor)`, `do { … } while (page.hasNext())`, `for cursor != "" {`, \
            `while True: … if not data["next"]: break`), with no counter compared to a maximum and no cap on \
            the items collected. Silent: loops capped by a page counter (`for page in range(MAX_PAGES)`, \
            `pages < maxPages`, `break` when a count reaches a maximum or a number), loops over a known list \
            of pages, and loops whose condition is not about pagination.
            """,
        hint:
            "Cap the walk: iterate at most MAX_PAGES pages (or stop once MAX_ITEMS are collected), and fail loudly or return a partial result when the cap is hit.",
        languages: [.python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift],
        examples: PaginationWithoutCapRule.examples
    )

    /// Lowercased fragments of names that only pagination uses (`next_cursor`, `hasMore`, `pageToken`).
    static let strongFragments = [
        "cursor", "pagetoken", "page_token", "nextpage", "next_page", "nexttoken", "next_token", "nextlink",
        "next_link", "nexturl", "next_url", "continuationtoken", "continuation_token", "hasmore", "has_more",
        "hasnext", "has_next",
        "starting_after", "scroll_id", "scrollid", "nextmarker", "next_marker",
    ]
    /// Fragments parsers and readers use too (`next`, `token`, `offset`): they count only when the
    /// body calls a database, an HTTP API or a storage service.
    static let weakFragments = ["next", "page", "token", "marker", "offset", "after", "link", "more"]
    /// Method-name prefixes of calls that fetch a page from somewhere.
    static let fetchPrefixes = [
        "fetch", "get", "list", "request", "query", "load", "download", "search", "scan", "page", "call",
    ]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        file.loops.indices.compactMap { index -> Finding? in
            let loop = file.loops[index]
            guard loop.kind == .whileLoop || loop.kind == .doWhile || loop.kind == .infinite,
                let follows = followedName(loop, index: index, in: file), makesCall(loop, in: file),
                !capped(loop, in: file)
            else { return nil }
            let message =
                "The `\(loop.keyword)` loop on line \(loop.line) follows `\(follows)` until the server stops returning one, with no cap on pages or items: a large or misbehaving result set makes it run without bound."
            let call = firstCall(loop, in: file) ?? loop.keyword
            return file.finding(
                description, at: loop.header, loop: index, call: call, kind: nil, confidence: .medium,
                message: message)
        }
    }

    // MARK: - What the loop follows

    /// The pagination name that decides whether the loop goes on, advanced by the body.
    private func followedName(_ loop: Loop, index: Int, in file: AnalyzedFile) -> String? {
        if let condition = loop.iterable {
            // `while i < len(xs)` walks an index over memory, not pages a server hands out.
            if condition.contains(where: file.isOrdering) { return nil }
            let advanced = advancedNames(in: loop, file: file)
            // A condition name counts when the body reassigns it or its receiver (`page.hasNext()`).
            let all = file.identifiers(in: [condition])
            let names = all.filter { item in
                var root = item.index
                while root >= 2, file.tokens[root - 1].is("."), file.tokens[root - 2].kind == .identifier {
                    root -= 2
                }
                return advanced.contains(item.text) || advanced.contains(file.tokens[root].text)
            }.map(\.text)
            // Swift `while let url = next`: the link is bound by the condition from an advanced name.
            let links = names.isEmpty ? [] : all.map(\.text)
            return names.first(where: Self.isStrongPageName)
                ?? links.first(where: { Self.isLink($0) && fetches(loop, in: file) })
                ?? names.first(where: { Self.isWeakPageName($0) && callsService(loop, in: file) })
        }
        // An infinite loop: a `break`/`return` next to a pagination test.
        let tokens = file.tokens
        let service = callsService(loop, in: file)
        for range in loop.body {
            for token in range.clamped(to: 0..<tokens.count)
            where (tokens[token].is("break") || tokens[token].is("return"))
                && file.loop(containing: token) == index
            {
                // The exit's own line, and the `if` line above when the exit starts its line.
                let line = tokens[token].line
                let firstLine = tokens[token].startsLine ? line - 1 : line
                var cursor = token
                while cursor > range.lowerBound, tokens[cursor - 1].line >= firstLine { cursor -= 1 }
                var end = token
                while end + 1 < range.upperBound, tokens[end + 1].line == line { end += 1 }
                // Ruby and Perl-style modifiers put the test after the exit: `break if page.last?`.
                for near in cursor...end
                where tokens[near].kind == .identifier || tokens[near].kind == .string {
                    let text = tokens[near].text
                    guard text.count <= 40 else { continue }
                    if Self.isStrongPageName(text) || service && Self.isWeakPageName(text) { return text }
                }
            }
        }
        return nil
    }

    /// `url`, `nextUri`: a loop condition on a link (an exit test near `break` needs a page word).
    static func isLink(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("url") || lower.contains("uri") || lower.contains("href")
    }

    static func isStrongPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.containsAnyFragment(strongFragments)
    }

    static func isWeakPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.containsAnyFragment(weakFragments)
    }

    /// The body runs a cataloged database, HTTP, storage or cache call.
    private func callsService(_ loop: Loop, in file: AnalyzedFile) -> Bool {
        file.executesCall(in: loop.body)
    }

    /// The body calls a service, or a method named like a fetch (`fetchPage`, `getFromJson`, `list`).
    private func fetches(_ loop: Loop, in file: AnalyzedFile) -> Bool {
        if callsService(loop, in: file) { return true }
        return file.hasChain(startingIn: loop.body) { chain in
            chain.links.contains { link in
                link.isCall && Self.fetchPrefixes.contains { link.name.lowercased().hasPrefix($0) }
            }
        }
    }

    /// The names the body assigns (`cursor = resp.next`, `page = client.fetch(…)`, `offset += n`),
    /// with the receivers of assigned members (`self.cursor =` gives `self` and `cursor`).
    private func advancedNames(in loop: Loop, file: AnalyzedFile) -> Set<String> {
        let tokens = file.tokens
        var names: Set<String> = []
        for range in loop.body {
            for token in range.clamped(to: 1..<max(1, tokens.count))
            where tokens[token].kind == .punctuation
                && ["=", ":=", "+=", "||=", "??="].contains(tokens[token].text)
            {
                var target = token - 1
                if tokens[target].is("]") || tokens[target].is(")") { continue }
                names.insert(tokens[target].text)
                while target > 1, tokens[target - 1].is("."), tokens[target].kind == .identifier {
                    target -= 2
                }
                names.insert(tokens[target].text)
            }
        }
        return names
    }

    private func makesCall(_ loop: Loop, in file: AnalyzedFile) -> Bool { firstCall(loop, in: file) != nil }

    private func firstCall(_ loop: Loop, in file: AnalyzedFile) -> String? {
        let chain =
            file.chains.first { chain in
                loop.contains(chain.start) && chain.links.count > 1 && chain.links.contains(where: \.isCall)
            }
            ?? file.chains.first { chain in
                loop.contains(chain.start) && chain.links.contains(where: \.isCall)
            }
        return chain.map { $0.text(through: $0.links.lastIndex(where: \.isCall) ?? 0) }
    }

    // MARK: - Caps

    /// A counter compared to a maximum, or any count compared to a number.
    private func capped(_ loop: Loop, in file: AnalyzedFile) -> Bool {
        let ranges = [loop.iterable ?? 0..<0] + loop.body
        if file.comparesCounter(in: ranges, fragments: ["max", "limit", "cap"]) { return true }
        let tokens = file.tokens
        for range in ranges {
            for token in range.clamped(to: 0..<tokens.count) where file.isOrdering(token) {
                let sides = [token - 1, token + 1].filter { $0 >= 0 && $0 < tokens.count }
                let status = sides.contains { side in
                    let lower = tokens[side].text.lowercased()
                    return lower.contains("status") || lower.contains("code")
                }
                if !status, sides.contains(where: { tokens[$0].kind == .number }) { return true }
            }
        }
        return false
    }
}
