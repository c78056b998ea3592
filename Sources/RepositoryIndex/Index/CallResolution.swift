import StaticScan

/// Which functions of the repository a call may run, by owner, declared receiver type, module
/// or, failing those, name alone; with how sure that is. Prefers silence to a guess: a name found
/// in several unrelated places is not resolved.
struct CallResolution {
    let index: RepositoryIndex

    /// The caller's side of a call.
    struct Call {
        var name: String
        var receiver: String?
        var onSelf: Bool
        var callerOwner: String?
        var callerPath: String
        var family: LanguageFamily
    }

    /// What a call resolves to: repository functions, or a data-access type whose inherited or
    /// derived method it calls (`accounts.findById` on a `JpaRepository`).
    struct Resolution {
        var functions: [RepositoryIndex.FunctionKey]
        var dataAccessType: (name: String, path: String, line: Int)?
        var confidence: Confidence
    }

    /// Names too common to resolve by name alone: they are as likely a library's method.
    static let genericNames: Set<String> = [
        "get", "set", "call", "run", "execute", "save", "update", "delete", "create", "find", "load", "fetch",
        "read", "write", "send", "process", "handle", "apply", "perform", "build", "render", "each", "map",
        "all", "first", "last", "count", "size", "length", "add", "remove", "put", "post", "patch", "index",
        "show", "new", "init", "close", "open", "start", "stop", "value", "name", "key", "keys", "values",
        "to_s", "to_h", "to_a", "to_json", "as_json", "inspect", "toString", "equals", "hashCode", "compare",
        "valid?", "present?", "blank?", "empty?", "include?", "filter", "select", "reject", "sort", "join",
        "push", "pop", "clear", "reset", "refresh", "reload", "destroy", "exists", "exist", "list", "query",
        "search", "parse", "format", "validate", "check", "serialize", "deserialize", "toJSON", "dispatch",
        "emit", "notify", "log", "debug", "info", "warn", "error", "resolve", "reject", "then", "wait",
        "invoke", "next", "iter", "items", "append", "extend", "insert", "merge", "copy", "clone", "data",
        "json", "text", "path", "url", "id", "type", "kind", "status", "state", "config", "setup", "teardown",
        "Get", "Set", "Run", "Load", "Save", "Update", "Delete", "Create", "Find", "List", "Close", "Open",
        "Add", "Remove", "Execute", "Handle", "Process", "Do", "Send", "Read", "Write", "String", "Error",
    ]

    /// Test code a call from application code may not run: a test double implementing the
    /// interface it calls (`RecordingAsyncPostCommitStep : IPostCommitStep`) is not what it runs.
    static let testCode = TestPaths(extra: TestPaths.defaults, includeDefaults: false)

    func resolve(_ call: Call) -> Resolution? {
        guard var resolution = resolveInRepository(call) else { return nil }
        if !index.isTestCode(path: call.callerPath) {
            resolution.functions.removeAll { index.isTestFile[$0.file] }
            if resolution.functions.isEmpty, resolution.dataAccessType == nil { return nil }
        }
        return resolution
    }

    private func resolveInRepository(_ call: Call) -> Resolution? {
        let all = index.functionsByName[call.family]?[call.name] ?? []
        if all.isEmpty, index.dataAccessTypes[call.family]?.isEmpty ?? true { return nil }
        if call.onSelf || call.receiver == nil {
            return resolveOnSelfOrBare(call, candidates: all)
        }
        guard let receiver = call.receiver else { return nil }
        var types = index.declaredTypes(of: receiver, path: call.callerPath)
        if index.typesByName[call.family]?[receiver] != nil { types = [receiver] }
        if !types.isEmpty { return resolveTyped(call, types: types, candidates: all) }
        // `utils.fetch_tags(…)`, `store.loadLabels(…)` on an imported module of the repository.
        let moduleFunctions = all.filter { key in
            index.function(key).owner == nil && index.moduleNames[key.file] == receiver
        }
        if !moduleFunctions.isEmpty { return Resolution(functions: moduleFunctions, confidence: .high) }
        // By name alone only when the receiver names the owner (`post.muted_for?` → `Post`).
        guard !Self.genericNames.contains(call.name), call.name.count >= 4 else { return nil }
        let methods = all.filter { key in
            index.function(key).owner.map { Self.names(receiver, owner: $0) } ?? false
        }
        guard (1...2).contains(methods.count) else { return nil }
        return Resolution(functions: methods, confidence: .medium)
    }

    private func resolveOnSelfOrBare(_ call: Call, candidates: [RepositoryIndex.FunctionKey]) -> Resolution? {
        if let owner = call.callerOwner {
            let lineage = index.lineage(of: owner, in: call.family)
            let members = candidates.filter { index.function($0).owner.map(lineage.contains) ?? false }
            if !members.isEmpty { return Resolution(functions: members, confidence: .high) }
            if call.onSelf { return nil }
        }
        // An Elixir module calls another's functions only through its name (or an `import`).
        if call.family == .elixir { return nil }
        let free = candidates.filter { key in
            guard let owner = index.function(key).owner else { return true }
            // Ruby and Python mix module functions into classes (`include Helpers`).
            return index.types(named: owner, in: call.family).contains { $0.kind == .module }
        }
        let sameFile = free.filter { index.files[$0.file].path == call.callerPath }
        if !sameFile.isEmpty { return Resolution(functions: sameFile, confidence: .high) }
        guard (1...3).contains(free.count), !Self.genericNames.contains(call.name) else { return nil }
        return Resolution(functions: free, confidence: free.count == 1 ? .high : .medium)
    }

    private func resolveTyped(_ call: Call, types: [String], candidates: [RepositoryIndex.FunctionKey])
        -> Resolution?
    {
        var lineage: Set<String> = []
        for type in types { lineage.formUnion(index.lineage(of: type, in: call.family)) }
        let members = candidates.filter { index.function($0).owner.map(lineage.contains) ?? false }
        if !members.isEmpty {
            return Resolution(functions: members + goImplementations(of: members, call), confidence: .high)
        }
        // An inherited or derived method of a data-access type (`findById`, `findByCustomerId`),
        // unless it only tracks a change for a later save (`dbContext.AddAsync(entity)`).
        guard !ModelFramework.changeTrackingMethods(in: call.family).contains(call.name) else { return nil }
        let dataAccess = index.dataAccessTypes[call.family] ?? []
        for type in lineage.sorted() where dataAccess.contains(type) {
            guard let key = index.typesByName[call.family]?[type]?.first else { continue }
            let declaration = index.files[key.file].types[key.type]
            return Resolution(
                functions: [], dataAccessType: (type, index.files[key.file].path, declaration.line),
                confidence: .high)
        }
        return nil
    }

    /// Go types implement interfaces without saying so: a call of a Go interface's method (a
    /// bodiless declaration, `s.driver.ListUsers(…)` on a `Driver`) runs the same-named method of
    /// every repository type declaring all of that interface's methods (each store driver).
    private func goImplementations(of members: [RepositoryIndex.FunctionKey], _ call: Call)
        -> [RepositoryIndex.FunctionKey]
    {
        guard call.family == .go, members.allSatisfy({ !index.function($0).hasBody }) else { return [] }
        let interfaces = Set(members.compactMap { index.function($0).owner })
        let methods = index.methodNames[.go] ?? [:]
        return (index.functionsByName[.go]?[call.name] ?? []).filter { key in
            let function = index.function(key)
            guard function.hasBody, let owner = function.owner, !interfaces.contains(owner),
                let declared = methods[owner]
            else { return false }
            return interfaces.contains { interface in
                guard let required = methods[interface], required.count >= 2 else { return false }
                return required.isSubset(of: declared)
            }
        }
    }

    /// Whether a receiver's name names a type: `post`/`@post`/`current_post` for `Post`,
    /// `invoiceService` for `InvoiceService`, `cable_profile` for the base class `BaseCableProfile`
    /// whose subclasses it holds.
    static func names(_ receiver: String, owner: String) -> Bool {
        let plain = receiver.lowercased().filter { $0 != "_" }
        var name = Substring(owner)
        // The marking word stands apart: `BaseCableProfile`, `ProfileBase`, not `Basement`, `Database`.
        if let prefix = baseClassPrefixes.first(where: {
            name.hasPrefix($0) && name.dropFirst($0.count).first?.isUppercase == true
        }) {
            name = name.dropFirst(prefix.count)
        } else if let suffix = baseClassSuffixes.first(where: {
            name.hasSuffix($0) && name.dropLast($0.count).last?.isLowercase == true
        }) {
            name = name.dropLast(suffix.count)
        }
        let type = name.lowercased()
        return type.count >= 3 && (plain.hasSuffix(type) || plain.hasPrefix(type))
    }

    /// Words that mark an abstract base class by convention (`BaseCableProfile`, `AbstractStore`,
    /// `ProfileBase`): a variable holds one of its subclasses under the rest of the name.
    static let baseClassPrefixes = ["Base", "Abstract"]
    static let baseClassSuffixes = ["Base", "ABC"]

    /// `app/utils/tags.py` → `tags`.
    static func moduleName(of path: String) -> String {
        let file: Substring
        if let slash = path.lastIndex(of: "/"), path.index(after: slash) < path.endIndex {
            file = path[path.index(after: slash)...]
        } else {
            file = path.split(separator: "/").last ?? path[...]
        }
        // The first part between dots: `.eslintrc.js` → `eslintrc`.
        let stem = file.drop { $0 == "." }.prefix { $0 != "." }
        return String(stem.isEmpty ? file : stem)
    }

    /// Whether a method name writes rather than reads (`saveAll`, `deleteById`, `insert_user`).
    static func writes(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [
            "save", "insert", "update", "delete", "remove", "persist", "merge", "create", "upsert", "add",
            "store", "destroy", "bulk", "batch", "put", "set", "increment", "decrement", "mark",
        ]
        .contains { lower.hasPrefix($0) }
    }
}
