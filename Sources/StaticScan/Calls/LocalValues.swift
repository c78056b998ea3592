/// Variables assigned an in-process value — a literal, a dict/map/list, an in-memory LRU — which
/// are never clients of anything: `cache = {}` then `cache.get(key)` is a dictionary lookup.
///
/// Every simple assignment is recorded, so a later `cache = get_cache()` ends the in-memory
/// value; a local assignment counts only in its own scope (braces, or indentation for Python
/// and Ruby), a member one (`self.cache = {}`, `this.cache = new Map()`, `@cache ||= {}`) for
/// member uses in the whole file.
struct LocalValues: Sendable {
    private struct Assignment: Sendable {
        var token: Int
        var inMemory: Bool
        var member: Bool
        /// Index of the first token past the assignment's scope.
        var scopeEnd: Int
    }

    private var assignments: [String: [Assignment]] = [:]
    /// Keys whose assignments are not in token order (none in practice; searched linearly).
    private var unordered: Set<String> = []
    /// Pre-test of the keys of ``assignments`` (most chains name no in-memory value).
    private var assignedFilter = NameFilter()

    /// Names of constructors and factories of in-process collections and caches.
    static let inMemoryTypes: Set<String> = [
        "dict", "set", "list", "defaultdict", "OrderedDict", "Counter", "deque", "WeakValueDictionary",
        "WeakKeyDictionary", "LRUCache", "TTLCache", "LFUCache", "lru_cache", "Map", "Set", "WeakMap",
        "WeakSet", "Object", "Array", "LRU", "LRUMap", "QuickLRU", "NodeCache", "HashMap", "LinkedHashMap",
        "TreeMap", "ConcurrentHashMap", "WeakHashMap", "Hashtable", "HashSet", "LinkedHashSet", "TreeSet",
        "ArrayList", "LinkedList", "EnumMap", "IdentityHashMap", "Caffeine", "CacheBuilder", "Dictionary",
        "ConcurrentDictionary", "SortedDictionary", "List", "MemoryCache", "mutableMapOf", "hashMapOf",
        "linkedMapOf", "mutableSetOf", "mutableListOf", "mapOf", "setOf", "listOf", "sortedMapOf",
        "NSCache", "NSMutableDictionary", "Hash", "array", "ArrayObject", "SplObjectStorage", "make", "map",
    ]

    /// `=`, `:=`, `||=`, `??=`: a switch, as this runs for every punctuation token.
    private static func isAssignmentOperator(_ text: String) -> Bool {
        switch text {
        case "=", ":=", "||=", "??=": return true
        default: return false
        }
    }

    init(tokens: [Token], language: Language) {
        for index in tokens.indices.dropFirst() where tokens[index].kind == .punctuation {
            guard Self.isAssignmentOperator(tokens[index].text), index + 1 < tokens.count,
                let target = Self.target(before: index, tokens: tokens),
                !(language == .python && target.token > 0
                    && ["(", ","].contains(tokens[target.token - 1].text))
            else { continue }
            let member =
                target.name.hasPrefix("@")
                || (target.token >= 2 && ["self", "this", "$this"].contains(tokens[target.token - 2].text)
                    && [".", "->"].contains(tokens[target.token - 1].text))
            // `settings.cache = {}` sets an attribute of another object, not a variable.
            if !member, target.token >= 1, [".", "->", "?."].contains(tokens[target.token - 1].text) {
                continue
            }
            let inMemory = Self.isInMemory(from: index + 1, tokens: tokens, language: language)
            assignments[Bindings.key(target.name), default: []].append(
                Assignment(token: target.token, inMemory: inMemory, member: member, scopeEnd: tokens.count))
        }
        // Only names that ever hold an in-memory value are looked up: drop the others (a use of
        // one was a pass over all its assignments), and find the scopes of the rest once.
        for (name, list) in assignments {
            guard list.contains(where: \.inMemory) else {
                assignments[name] = nil
                continue
            }
            if zip(list, list.dropFirst()).contains(where: { $0.token > $1.token }) { unordered.insert(name) }
            assignments[name] = list.map { assignment in
                var scoped = assignment
                if !assignment.member {
                    scoped.scopeEnd = Self.scopeEnd(of: assignment.token, tokens: tokens, language: language)
                }
                return scoped
            }
        }
        assignedFilter = NameFilter(assignments.keys)
    }

    /// Whether the receiver of `chain` holds an in-process value where the chain is written.
    func holdsInMemoryValue(_ chain: CallChain) -> Bool {
        guard let root = chain.links.first else { return false }
        let receiver: Bool
        switch root.name {
        case "self", "this", "$this": receiver = true
        default: receiver = false
        }
        let memberUse = receiver && chain.links.count > 1
        let name = memberUse ? chain.links[1].name : root.name
        let key = Bindings.key(name)
        guard assignedFilter.mightContain(key), let list = assignments[key] else { return false }
        let use = chain.start
        // Start from the last assignment before the use, found by a binary search when the list is
        // in token order (a walk from the end was quadratic in files assigning a name many times).
        var low = list.count
        if unordered.isEmpty || !unordered.contains(key) {
            low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].token < use { low = middle + 1 } else { high = middle }
            }
        }
        for assignment in list[..<low].reversed() where assignment.token < use {
            if memberUse || name.hasPrefix("@") {
                guard assignment.member else { continue }
                return assignment.inMemory
            }
            guard !assignment.member, use < assignment.scopeEnd else { continue }
            return assignment.inMemory
        }
        return false
    }

    // MARK: - Parsing

    /// `x = …`, `x: T = …`, `T x = …`, `self.x = …`: the assigned name.
    private static func target(before index: Int, tokens: [Token]) -> (name: String, token: Int)? {
        let previous = tokens[index - 1]
        if previous.kind == .identifier { return (previous.text, index - 1) }
        // An annotation: `cache: dict[str, int] = {}`, `var cache: [String: Int] = [:]`.
        var cursor = index - 1
        while cursor > 0, !tokens[cursor].startsLine {
            if tokens[cursor].is(":"), tokens[cursor - 1].kind == .identifier {
                return (tokens[cursor - 1].text, cursor - 1)
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether the expression starting at `start` is a literal collection or an in-memory type.
    private static func isInMemory(from start: Int, tokens: [Token], language: Language) -> Bool {
        let first = tokens[start]
        if first.kind == .punctuation {
            if first.text == "[" { return true }
            return first.text == "{" && language != .swift && language != .kotlin
        }
        guard first.kind == .identifier else { return false }
        var cursor = start
        if first.text == "new", cursor + 1 < tokens.count { cursor += 1 }
        // `collections.defaultdict(list)`, `cachetools.LRUCache(…)`, `Hash.new`: the type's last
        // name, or the receiver of `.new`.
        var name = tokens[cursor].text
        while cursor + 2 < tokens.count, tokens[cursor + 1].is("."), tokens[cursor + 2].kind == .identifier {
            if tokens[cursor + 2].text == "new" { break }
            cursor += 2
            name = tokens[cursor].text
        }
        guard inMemoryTypes.contains(name) else { return false }
        let next = cursor + 1 < tokens.count ? tokens[cursor + 1] : nil
        // `make(map[…]…)` and `map[string]int{}` only in Go; a bare `Map` is a type, not a value.
        if name == "make" || name == "map" { return language == .go }
        return next.map { $0.is("(") || $0.is("<") || $0.is(".") || $0.is("[") || $0.is("{") } ?? false
    }

    // MARK: - Scope

    /// The end of the block that holds `definition`: the first line indented less (Python, Ruby)
    /// or the brace closing it.
    static func scopeEnd(of definition: Int, tokens: [Token], language: Language) -> Int {
        if language == .python || language == .ruby {
            let indent = tokens[definition].indent
            return tokens[(definition + 1)...].firstIndex { $0.startsLine && $0.indent < indent }
                ?? tokens.count
        }
        var depth = 0
        for token in (definition + 1)..<tokens.count where tokens[token].kind == .punctuation {
            if tokens[token].text == "{" { depth += 1 }
            if tokens[token].text == "}" {
                depth -= 1
                if depth < 0 { return token }
            }
        }
        return tokens.count
    }
}
