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
        hint: "Cap the walk: iterate at most MAX_PAGES pages (or stop once MAX_ITEMS are collected), and fail loudly or return a partial result when the cap is hit.",
        languages: [.python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift],
        examples: PaginationWithoutCapRule.examples
    )

    /// Lowercased fragments of the names and keys that carry the next page.
    static let pageFragments = [
        "next", "cursor", "page", "token", "hasmore", "has_more", "continuation", "marker", "offset", "after",
        "link", "more", "scroll",
    ]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        file.loops.indices.compactMap { index -> Finding? in
            let loop = file.loops[index]
            guard loop.kind == .whileLoop || loop.kind == .doWhile || loop.kind == .infinite,
                let follows = followedName(loop, index: index, in: file), makesCall(loop, in: file),
                !capped(loop, in: file)
            else { return nil }
            let message = "The `\(loop.keyword)` loop on line \(loop.line) follows `\(follows)` until the server stops returning one, with no cap on pages or items: a large or misbehaving result set makes it run without bound."
            let call = firstCall(loop, in: file) ?? loop.keyword
            return file.finding(description, at: loop.header, loop: index, call: call, kind: nil, confidence: .medium,
                                message: message)
        }
    }

    // MARK: - What the loop follows

    /// The pagination name that decides whether the loop goes on, advanced by the body.
    private func followedName(_ loop: Loop, index: Int, in file: AnalyzedFile) -> String? {
        if let condition = loop.iterable {
            let names = file.identifiers(in: [condition]).map(\.text)
            guard let paged = names.first(where: { Self.isPageName($0) || Self.isLink($0) }) else { return nil }
            let assigned = Set(names)
            return advances(assigned, in: loop, file: file) ? paged : nil
        }
        // An infinite loop: a `break`/`return` next to a pagination test.
        let tokens = file.tokens
        for range in loop.body {
            for token in range.clamped(to: 0..<tokens.count)
            where (tokens[token].is("break") || tokens[token].is("return")) && file.loop(containing: token) == index {
                let line = tokens[token].line
                var cursor = token
                while cursor > range.lowerBound, tokens[cursor - 1].line >= line - 1 { cursor -= 1 }
                for near in cursor..<token where tokens[near].kind == .identifier || tokens[near].kind == .string {
                    let text = tokens[near].text
                    if text.count <= 40, Self.isPageName(text) { return text }
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

    static func isPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return pageFragments.contains { lower.contains($0) }
    }

    /// The body assigns one of `names` (`cursor = resp.next`, `page = client.fetch(…)`, `offset += n`).
    private func advances(_ names: Set<String>, in loop: Loop, file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        for range in loop.body {
            for token in range.clamped(to: 1..<max(1, tokens.count))
            where tokens[token].kind == .punctuation && ["=", ":=", "+=", "||=", "??="].contains(tokens[token].text) {
                var target = token - 1
                if tokens[target].is("]") || tokens[target].is(")") { continue }
                while target > 1, tokens[target - 1].is("."), tokens[target].kind == .identifier { target -= 2 }
                if names.contains(tokens[token - 1].text) || names.contains(tokens[target].text) { return true }
            }
        }
        return false
    }

    private func makesCall(_ loop: Loop, in file: AnalyzedFile) -> Bool { firstCall(loop, in: file) != nil }

    private func firstCall(_ loop: Loop, in file: AnalyzedFile) -> String? {
        let chain = file.chains.first { chain in loop.contains(chain.start) && chain.links.count > 1 && chain.links.contains(where: \.isCall) }
            ?? file.chains.first { chain in loop.contains(chain.start) && chain.links.contains(where: \.isCall) }
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
