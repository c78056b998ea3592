import Testing

@testable import StaticScan

/// Loops per language: header line, kind, iterated expression, variables, body extent.
@Suite struct StructureTests {
    static func loops(_ text: String, _ language: Language) -> [(loop: Loop, iterable: String, body: String)]
    {
        let file = AnalyzedFile(path: "x", text: text, language: language)
        return file.loops.map { loop in
            let iterable = loop.iterable.map { file.tokens[$0].map(\.text).joined(separator: " ") } ?? ""
            let body = loop.body.flatMap { file.tokens[$0].map(\.text) }.joined(separator: " ")
            return (loop, iterable, body)
        }
    }

    @Test func pythonBlocksEndAtDedentAndComprehensionsHaveTwoParts() {
        let found = Self.loops(
            """
            for k, v in items.items():
                a(k)
                b(v)
            c()
            xs = [f(x) for x in ys if g(x)]
            while True: poll()
            """, .python)
        #expect(found.count == 3)
        #expect(found[0].loop.variables == ["k", "v"])
        #expect(found[0].iterable == "items . items ( )")
        #expect(found[0].body == "a ( k ) b ( v )")
        #expect(found[1].loop.kind == .comprehension)
        #expect(found[1].iterable == "ys")
        #expect(found[1].body == "f ( x ) if g ( x )")
        #expect(found[2].loop.kind == .infinite)
        #expect(found[2].loop.line == 6)
    }

    @Test func rubyBlocksMatchTheirEnd() {
        let found = Self.loops(
            """
            users.each_with_index do |user, i|
              if user.admin?
                notify(user)
              end
              x = 1 if i > 2
            end
            for a in list do
              b(a)
            end
            loop { tick }
            """, .ruby)
        #expect(found.map(\.loop.keyword) == ["each_with_index", "for", "loop"])
        #expect(found[0].loop.variables == ["user", "i"])
        #expect(found[0].body.hasSuffix("x = 1 if i > 2"))
        #expect(found[1].iterable == "list")
        #expect(found[2].loop.kind == .infinite)
    }

    @Test func braceLanguagesFindEveryLoopForm() {
        let js = Self.loops(
            """
            for (const [k, v] of Object.entries(m)) { a(k); }
            for (let i = 0; i < n; i++) b(i);
            do { c(); } while (more);
            xs.map(async (x) => await d(x));
            ys.forEach(function (y) { e(y); });
            """, .javascript)
        #expect(js.map(\.loop.kind) == [.forEach, .counting, .doWhile, .callback, .callback])
        #expect(js[0].loop.variables == ["k", "v"])
        #expect(js[1].iterable == "i < n")
        #expect(js[1].body == "b ( i ) ;")
        #expect(js[3].loop.variables == ["x"])
        #expect(js[3].body == "await d ( x )")
        #expect(js[4].iterable == "ys")

        let go = Self.loops("for _, s := range []string{\"a\"} {\n\tf(s)\n}\nfor cond() {\n}\nfor {\n}", .go)
        #expect(go.map(\.loop.kind) == [.forEach, .whileLoop, .infinite])
        #expect(go[0].loop.variables == ["s"])
        #expect(go[0].body == "f ( s )")

        let php = Self.loops("foreach ($rows as $key => $row): f($row); endforeach;", .php)
        #expect(php.first?.iterable == "$rows")
        #expect(php.first?.loop.variables == ["$key", "$row"])

        let swift = Self.loops(
            "for (a, b) in zip(x, y) where a > b {\n  f(a)\n}\nitems.forEach { item in g(item) }\nrepeat { h() } while more",
            .swift)
        #expect(swift.map(\.loop.kind) == [.forEach, .callback, .doWhile])
        #expect(swift[0].iterable == "zip ( x , y )")
        #expect(swift[1].loop.variables == ["item"])

        let kotlin = Self.loops("users.forEach { println(it) }\nfor ((k, v) in map) { f(k) }", .kotlin)
        #expect(kotlin[0].loop.variables == ["it"])
        #expect(kotlin[1].loop.variables == ["k", "v"])

        let csharp = Self.loops(
            "foreach (var (id, name) in pairs) { F(id); }\nvar q = xs.Select(x => G(x));", .csharp)
        #expect(csharp[0].loop.variables == ["id", "name"])
        #expect(csharp[1].loop.keyword == "Select")

        let java = Self.loops(
            "for (Map.Entry<String, User> e : map.entrySet()) { f(e); }\nlist.stream().filter(u -> u.ok()).forEach(u -> save(u));",
            .java)
        #expect(java[0].loop.variables == ["e"])
        #expect(java.map(\.loop.keyword) == ["for", "filter", "forEach"])
    }

    @Test func loopFactsRecogniseConstantAndSequentialLoops() {
        let file = AnalyzedFile(
            path: "x.py",
            text: """
                for i in range(3): a(i)
                for x in [a, b]: f(x)
                for u in users: g(u)
                while cursor:
                    page = fetch(cursor)
                    cursor = page.next
                for h in hosts:
                    if ok(h):
                        break
                for attempt in range(max_attempts): t()
                """, language: .python)
        let facts = file.loopFacts
        #expect(facts.map(\.isConstantSize) == [true, true, false, false, false, false])
        #expect(facts.map(\.sequential) == [nil, nil, nil, .advancesCondition, .earlyExit, .retry])
        #expect(facts[2].amplifies)
    }
}

@Suite struct ChainHelperTests {
    @Test func enclosingCallFindsWhatReceivesALoop() throws {
        let file = AnalyzedFile(
            path: "a.js", text: "await Promise.all(ids.map((id) => fetch(`/u/${id}`)));",
            language: .javascript)
        let loop = try #require(file.loops.first)
        let outer = try #require(file.enclosingCall(of: loop.header))
        #expect(outer.chain.text(through: outer.link) == "Promise.all")
        let inner = try #require(file.enclosingCall(of: loop.body[0].lowerBound + 2))
        #expect(inner.chain.text(through: inner.link) == "fetch")
        #expect(file.enclosingCall(of: 0) == nil)
    }

    @Test func subscriptsAreKeptOnTheirLink() throws {
        let file = AnalyzedFile(path: "a.py", text: "rows = Order.objects.all()[:10]", language: .python)
        let chain = try #require(file.chains.first { $0.links.first?.name == "Order" })
        let sliced = try #require(chain.links.last?.index)
        #expect(file.tokens[sliced].map(\.text) == [":", "10"])
    }

    /// TypeScript's object type arguments (`all<{ id: string; name: string }>()`) do not cut the
    /// chain; a comparison with an object does not read as one.
    @Test func typeScriptObjectTypeArgumentsStayOnTheChain() throws {
        let text = "const rows = await db.prepare(sql).bind(id).all<{ id: string; name: string | null }>();"
        let file = AnalyzedFile(path: "a.ts", text: text, language: .typescript)
        let chain = try #require(file.chains.first { $0.links.first?.name == "db" })
        #expect(chain.links.map(\.name) == ["db", "prepare", "bind", "all"])
        #expect(chain.links.last?.isCall == true)
        let javascript = AnalyzedFile(path: "a.js", text: "f(a.b < { c: 1 }.c)", language: .javascript)
        let compared = try #require(javascript.chains.first { $0.links.first?.name == "a" })
        #expect(compared.links.map(\.name) == ["a", "b"])
    }
}

@Suite struct AsyncLoopTests {
    @Test func asyncSequencesBindTheirVariables() {
        let swift = StructureTests.loops("for try await line in url.lines {\n  f(line)\n}", .swift)
        #expect(swift.first?.loop.variables == ["line"])
        let js = StructureTests.loops("for await (const chunk of stream) { g(chunk); }", .javascript)
        #expect(js.first?.loop.variables == ["chunk"])
        let python = StructureTests.loops("async for row in cursor:\n    h(row)\n", .python)
        #expect(python.first?.loop.variables == ["row"])
    }
}
