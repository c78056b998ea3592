/// A place that starts concurrent work per element: a gather over a mapped collection, or a
/// spawn inside a loop.
struct FanOutSite {
    /// Where the finding lands.
    var token: Int
    /// The loop whose elements each get a task (nil for a `parallelStream` with a method reference).
    var loop: Int?
    var call: String
    /// The tokens of the gather expression (empty for a spawn).
    var covers: Range<Int>
    var isGather: Bool
}

/// Finds the fan-out sites of one file.
struct FanOutSites {
    let file: AnalyzedFile

    private var tokens: [Token] { file.tokens }

    /// `receiver.method` paths that await a whole collection of tasks.
    static let gathers: [Language: Set<String>] = [
        .python: ["asyncio.gather", "gather", "asyncio.wait"],
        .javascript: ["Promise.all", "Promise.allSettled"],
        .typescript: ["Promise.all", "Promise.allSettled"],
        .csharp: ["Task.WhenAll", "Task.WaitAll"],
        .java: ["CompletableFuture.allOf"],
    ]
    /// Method names that start one task each.
    static let spawns: [Language: Set<String>] = [
        .python: ["create_task", "ensure_future", "start_soon"],
        .ruby: ["Thread.new"],
        .go: ["Go"],
        .java: ["supplyAsync", "runAsync", "startVirtualThread"],
        .kotlin: ["async", "launch"],
        .csharp: ["Task.Run", "StartNew"],
        .swift: ["addTask", "addTaskUnlessCancelled", "Task", "Task.detached"],
    ]
    /// Methods that add an element to a collection.
    static let appends: Set<String> = ["push", "append", "Add", "add"]

    func all() -> [FanOutSite] {
        var sites: [FanOutSite] = []
        let gathers = Self.gathers[file.language] ?? []
        let spawns = Self.spawns[file.language] ?? []
        // Every name either set can match ends with the link's name: test that on bytes before
        // building the paths and hashing them.
        let endings = gathers.union(spawns).map { Array($0.utf8) }
        for chain in file.chains {
            for (index, link) in chain.links.enumerated()
            where link.isCall || file.language == .swift || file.language == .kotlin {
                if Self.mayEnd(endings, with: link.name) {
                    let path = chain.text(through: index)
                    let tail = index >= 1 ? chain.links[index - 1].name + "." + link.name : link.name
                    if gathers.contains(path) || gathers.contains(tail), let arguments = link.arguments,
                        let loop = mappedLoop(in: arguments, before: chain.start)
                    {
                        sites.append(
                            FanOutSite(
                                token: chain.start, loop: loop, call: path, covers: chain.start..<chain.end,
                                isGather: true))
                    } else if spawns.contains(link.name) || spawns.contains(tail), isSpawnCall(chain, index),
                        let loop = fanningLoop(around: link.token)
                    {
                        if file.language == .java, link.arguments.map(hasTopLevelComma) == true { continue }
                        sites.append(
                            FanOutSite(
                                token: chain.start, loop: loop, call: path, covers: 0..<0, isGather: false))
                    }
                }
                if file.language == .java, link.name == "parallelStream",
                    let site = parallelStream(chain, index)
                {
                    sites.append(site)
                }
            }
        }
        if file.language == .go { sites += keywordSpawns("go") }
        if file.language == .kotlin { sites += keywordSpawns("async") }
        return sites
    }

    /// False only when no name of `endings` (ASCII, as the tables above) ends with the bytes of
    /// `name`; true for a non-ASCII name (Unicode equivalence is not a byte comparison).
    static func mayEnd(_ endings: [[UInt8]], with name: String) -> Bool {
        let bytes = name.utf8
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
        return endings.contains { ending in
            ending.count >= bytes.count && ending.suffix(bytes.count).elementsEqual(bytes)
        }
    }

    /// Kotlin `async { }` and Swift `Task { }` are calls with a trailing closure.
    private func isSpawnCall(_ chain: CallChain, _ index: Int) -> Bool {
        let link = chain.links[index]
        if link.isCall { return true }
        let next = index + 1 < chain.links.count ? chain.links[index + 1].token - 1 : chain.end
        return next < tokens.count && tokens[next].is("{")
    }

    /// A loop that gives each element its own task: not a constant-size loop, not a `while`.
    func fanningLoop(around token: Int) -> Int? {
        guard let loop = file.loop(containing: token) else { return nil }
        switch file.loops[loop].kind {
        case .forEach, .callback, .comprehension, .counting:
            return file.loopFacts[loop].isConstantSize ? nil : loop
        case .whileLoop, .doWhile, .infinite:
            return nil
        }
    }

    /// The mapping loop in a gather's arguments, or the loop that filled the array passed to it.
    private func mappedLoop(in arguments: Range<Int>, before start: Int) -> Int? {
        if let inside = file.loops.indices.first(where: { arguments.contains(file.loops[$0].header) }) {
            return file.loopFacts[inside].isConstantSize ? nil : inside
        }
        let names = file.identifiers(in: [arguments]).map(\.text)
        guard names.count == 1, let name = names.first else { return nil }
        var cursor = start - 1
        while cursor >= 0, cursor > start - 4000 {
            defer { cursor -= 1 }
            guard tokens[cursor].is(name) else { continue }
            // `tasks.push(fetch(x))` inside a loop.
            if cursor + 2 < tokens.count, tokens[cursor + 1].is("."),
                Self.appends.contains(tokens[cursor + 2].text)
            {
                if let loop = fanningLoop(around: cursor) { return loop }
                continue
            }
            // `tasks = ids.map(…)` / `tasks = [f(x) for x in xs]` / `const tasks: T[] = …`.
            let line = tokens[cursor].line
            var equals = cursor + 1
            while equals < tokens.count, tokens[equals].line == line,
                tokens[equals].is(":") || tokens[equals].kind == .identifier
                    || ["<", ">", "[", "]", "?"].contains(tokens[equals].text)
                        && tokens[equals].kind == .punctuation
            {
                equals += 1
            }
            if equals < tokens.count, tokens[equals].is("=") || tokens[equals].is(":=") {
                let end = file.statementEnd(from: cursor)
                let loop = file.loops.indices.first { (cursor + 2..<end).contains(file.loops[$0].header) }
                return loop.flatMap { file.loopFacts[$0].isConstantSize ? nil : $0 }
            }
        }
        return nil
    }

    /// Go `go worker(x)` / `go func() { … }()`, Kotlin `async { … }`, inside a loop over items.
    private func keywordSpawns(_ keyword: String) -> [FanOutSite] {
        tokens.indices.compactMap { index -> FanOutSite? in
            guard tokens[index].is(keyword), index + 1 < tokens.count,
                index == 0 || !tokens[index - 1].is("."),
                let loop = fanningLoop(around: index)
            else { return nil }
            let name: String
            if keyword == "go" {
                guard tokens[index + 1].kind == .identifier,
                    tokens[index].startsLine
                        || index > 0 && (tokens[index - 1].is("{") || tokens[index - 1].is(";"))
                else { return nil }
                name = tokens[index + 1].text == "func" ? "go func" : "go " + tokens[index + 1].text
            } else {
                guard tokens[index + 1].is("{") || tokens[index + 1].is("(") else { return nil }
                name = keyword
            }
            return FanOutSite(token: index, loop: loop, call: name, covers: 0..<0, isGather: false)
        }
    }

    /// `ids.parallelStream().map(this::fetch)` where the pipeline makes an I/O call.
    private func parallelStream(_ chain: CallChain, _ index: Int) -> FanOutSite? {
        let end = max(file.statementEnd(from: chain.start), chain.end)
        let io =
            file.calls.contains { (chain.start..<end).contains($0.nameToken) && $0.executes }
            || file.hasIdentifier(in: [chain.start..<end]) { name in
                ["fetch", "load", "download", "upload", "send", "call", "request", "query", "post"]
                    .contains { name.lowercased().hasPrefix($0) }
            }
            || callsCollaborator(in: chain.start..<end)
        let literal = ["List", "Arrays", "Set", "Stream"].contains(chain.links[0].name)
        let loop = file.loops.indices.first { (chain.start..<end).contains(file.loops[$0].header) }
        guard io, !literal, loop.map({ !file.loopFacts[$0].isConstantSize }) ?? true else { return nil }
        return FanOutSite(
            token: chain.start, loop: loop, call: chain.text(through: index), covers: chain.start..<end,
            isGather: true)
    }

    /// A lambda in `range` calls a method on a collaborator (`catalog.describe(id)`), not on its
    /// own parameter or a class (`s.trim()`, `Integer.parseInt(s)`).
    private func callsCollaborator(in range: Range<Int>) -> Bool {
        let lambdas = file.loops.filter { range.contains($0.header) }
        for loop in lambdas {
            let own = Set(loop.variables)
            for chain in file.chains
            where loop.contains(chain.start) && chain.links.count >= 2 && chain.links[1].isCall {
                let root = chain.links[0].name
                guard let first = root.unicodeScalars.first, first.properties.isLowercase, !own.contains(root)
                else { continue }
                return true
            }
        }
        return false
    }

    private func hasTopLevelComma(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            if tokens[cursor].is(",") { return true }
            if ["(", "[", "{"].contains(tokens[cursor].text), tokens[cursor].kind == .punctuation,
                let close = file.brackets.partner(of: cursor), close > cursor
            {
                cursor = close
            }
            cursor += 1
        }
        return false
    }
}
