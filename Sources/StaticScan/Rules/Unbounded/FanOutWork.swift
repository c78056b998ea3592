/// What each task of a fan-out does: I/O it starts per element, or only local work (presigning a
/// URL, reading an already-fetched response, a pure transform). Only the first is amplification.
struct FanOutWork {
    let file: AnalyzedFile

    /// Method names that never leave the process: presigning signs locally, `json()`/`text()` read
    /// a response already fetched, the rest are collection and promise plumbing.
    static let localNames: Set<String> = [
        "json", "text", "arrayBuffer", "blob", "formData", "push", "append", "add", "Add", "map", "filter",
        "reduce", "flatMap", "forEach", "then", "catch", "finally", "resolve", "reject", "toString",
        "toJSON", "join", "split", "trim", "slice", "concat", "includes", "indexOf", "keys", "values",
        "entries", "assign", "from", "of", "parse", "stringify", "format", "log", "debug", "info", "warn",
        "error", "sort", "reverse", "find", "some", "every", "set", "has", "toLowerCase", "toUpperCase",
        "replace", "startsWith", "endsWith", "Select", "Where", "ToString", "ConfigureAwait",
    ]

    /// Objects whose methods are local (`JSON.parse`, `Math.max`, `path.join`, `console.log`).
    static let localRoots: Set<String> = [
        "JSON", "Math", "Object", "Array", "Date", "String", "Number", "Promise", "console", "path", "util",
        "_", "lodash", "crypto", "Buffer", "URL", "moment", "dayjs", "Task", "string", "Enumerable",
        "Convert", "os", "re", "json", "math", "itertools", "functools", "logger", "logging", "log",
    ]

    /// Name beginnings (lowercased) of calls that reach a service: `fetchUser`, `notify`, `upload`.
    static let ioVerbs = [
        "fetch", "load", "get", "post", "put", "patch", "delete", "remove", "send", "request", "query",
        "find", "save", "create", "update", "upsert", "insert", "upload", "download", "sync", "call",
        "invoke", "publish", "notify", "process", "handle", "execute", "run", "write", "read", "import",
        "export", "refresh", "index", "deliver", "mail", "email", "store", "persist", "lookup", "resolve",
        "enqueue", "dispatch", "submit", "scrape", "crawl", "check", "verify", "validate", "warm",
    ]

    /// Whether a call in `ranges` may start I/O.
    func startsIO(in ranges: [Range<Int>]) -> Bool {
        file.hasChain(startingIn: ranges) { chain in
            chain.links.indices.contains { index in chain.links[index].isCall && mayStartIO(chain, index) }
        }
    }

    private func mayStartIO(_ chain: CallChain, _ index: Int) -> Bool {
        let name = chain.links[index].name
        let lower = name.lowercased()
        if lower.contains("presign") || lower.contains("signedurl") || lower.contains("signurl") {
            return false
        }
        if Self.localNames.contains(name) { return false }
        var receivers = chain.links.prefix(index).map(\.name)
        if let first = receivers.first, ["this", "self", "base", "super", "new"].contains(first) {
            receivers.removeFirst()
        }
        if let root = receivers.first, Self.localRoots.contains(root) { return false }
        // A function the repository defines: it starts I/O when the index says it reaches some.
        if let repository = file.repository, let path = repository.ioPath(of: chain, link: index, in: file) {
            return !path.hops.isEmpty
        }
        // A function of its own (`transform(item)`, `toViewModel(row)`): I/O only when its name
        // says so (`fetchUser`, `notify`, `uploadFile`, `…Async`).
        if receivers.isEmpty {
            return Self.ioVerbs.contains(where: lower.hasPrefix) || name.hasSuffix("Async")
        }
        // A method of the element (`attachment.destroy()`), of a collaborator (`this.api.render(x)`)
        // or of a class (`CacheHelper.removeData(k)`): it may reach a database or a service.
        return true
    }
}
