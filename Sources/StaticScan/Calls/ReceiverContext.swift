/// What is known about the receiver of one call while matching catalog lines.
struct ReceiverContext {
    var names: ArraySlice<String>
    /// Whether a link before the method is called (`a.b().c`).
    var callBefore: Bool
    /// Families of clients the receiver's names hold.
    var bound: Set<String>
    /// Families whose lazy builders the chain went through (or whose builder a name holds).
    var builders: Set<String>
    /// What the repository declares the last receiver name as: a model (true), another type
    /// (false), or nothing (nil, the name alone decides).
    var declaredModel: Bool? = nil

    /// Class names that are never models: standard libraries and framework facades.
    static let notModels: Set<String> = [
        "Math", "JSON", "Object", "Array", "Promise", "Date", "Number", "String", "Set", "Map", "Reflect",
        "Intl",
        "Buffer", "Arrays", "Collections", "Objects", "Integer", "Long", "Double", "Float", "Stream",
        "IntStream",
        "Collectors", "Optional", "List", "Enumerable", "Task", "Parallel", "Convert", "File", "Path",
        "Files",
        "Paths", "Time", "Duration", "Thread", "System", "Console", "Character", "Boolean", "Kernel", "Hash",
        "Arr",
        "Str", "Carbon", "Config", "Session", "Request", "Response", "Route", "Log", "Lang", "View", "URL",
        "Auth",
        "Validator", "Gate", "Crypt", "Cookie", "App", "Artisan", "Blade", "Bus", "Mail",
        "Password", "Schema", "Collection", "Dir", "IO", "ENV", "Process", "Struct", "Regexp", "Logger",
        "Rails",
        "Cache", "Redis", "Storage", "Http", "DB", "Queue", "Uuid", "UUID", "Random", "Calendar", "Locale",
        // Metrics and telemetry clients: `Metrics.increment("x")` bumps a StatsD counter, not a row.
        "Metrics", "Stats", "StatsD", "Statsd", "Telemetry", "Analytics", "Tracing", "Prometheus", "Counter",
        "Gauge", "Histogram", "Sentry",
        // Ruby's file-tree walker: `Find.find(path)` reads the disk, not a table.
        "Find",
    ]

    /// Browser globals: what hangs off them lives in the page, not in a database.
    static let browserGlobals: Set<String> = ["window", "document", "globalThis", "navigator"]

    /// The rank of a method known on any receiver (`x.save()`): the weakest evidence.
    static let anyReceiverRank = 10

    /// How specifically `pattern` matches (0: not at all); the most specific line wins.
    func rank(of pattern: ReceiverPattern, family: String) -> Int {
        switch pattern {
        case .none: return names.isEmpty && !callBefore ? 50 : 0
        case .any: return names.isEmpty ? 0 : Self.anyReceiverRank
        case .path(let path): return names.elementsEqual(path) ? 60 : 0
        case .suffix(let path):
            return names.count >= path.count && names.suffix(path.count).elementsEqual(path) ? 50 : 0
        case .bound: return bound.contains(family) ? 40 : 0
        case .builder: return builders.contains(family) ? 40 : 0
        case .model:
            if family == "phoenix-context", let last = names.last,
                CallCatalog.elixirLibraryModules.contains(last)
                    || CallCatalog.elixirToolSuffixes.contains(where: { last.hasSuffix($0) })
            {
                return 0
            }
            return isModel ? 30 : 0
        case .modelAttribute(let attribute):
            guard names.count == 2, names.last == attribute, !callBefore else { return 0 }
            let owner = Self(names: names.dropLast(), callBefore: false, bound: [], builders: [])
            return declaredModel == true || owner.isModel ? 45 : 0
        case .attribute:
            guard names.count == 2, !callBefore, let first = names.first?.unicodeScalars.first else {
                return 0
            }
            return first.properties.isLowercase ? 15 : 0
        case .moduleEnding(let text):
            guard let last = names.last, last.hasSuffix(text), !callBefore,
                last.unicodeScalars.first?.properties.isUppercase == true
            else { return 0 }
            return 55
        case .nameContains(let text):
            // A longer matching name part is more specific: `~rdb` beats `~db`.
            return nearNames.contains { Self.names($0, client: text) } ? 20 + min(text.count, 9) : 0
        }
    }

    /// Last name parts that make a name a value about the client, not the client (`cache_key`).
    static let valueSuffixes: Set<String> = [
        "key", "keys", "name", "names", "config", "settings", "options", "opts", "prefix", "ttl", "path",
        "url",
        "dir", "id", "ids", "time", "size", "hits", "stats", "metrics", "enabled", "data", "map", "list",
    ]

    /// Whether `name` names a client `text` stands for: `text` starts at a word of the name
    /// (`userRepository` for `repository`, `_httpClient` for `httpclient`, not `feedback` for `db`);
    /// texts of two letters must be a whole word (`db`, `em`, `tx`, `s3`); and the name must not end
    /// in a value word (`cacheKey`, `s3_path`).
    static func names(_ name: String, client text: String) -> Bool {
        if let answer = asciiNames(name, client: text) { return answer }
        let scalars = Array(name.unicodeScalars)
        var words: [(start: Int, end: Int)] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar) {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < scalars.count {
                let next = scalars[index]
                let separator = !next.properties.isAlphabetic && !("0"..."9").contains(next)
                let camel = next.properties.isUppercase && !scalars[index - 1].properties.isUppercase
                if separator || camel { break }
                index += 1
            }
            words.append((start, index))
        }
        let lower = scalars.map { String($0).lowercased() }.joined()
        let lowerScalars = Array(lower.unicodeScalars)
        let target = Array(text.unicodeScalars)
        guard lowerScalars.count == scalars.count, let last = words.last else { return false }
        let lastWord = String(String.UnicodeScalarView(lowerScalars[last.start..<last.end]))
        if valueSuffixes.contains(lastWord), lastWord != text { return false }
        for word in words {
            if target.count <= 2 {
                if word.end - word.start == target.count, Array(lowerScalars[word.start..<word.end]) == target
                {
                    return true
                }
            } else if word.start + target.count <= lowerScalars.count,
                Array(lowerScalars[word.start..<(word.start + target.count)]) == target
            {
                return true
            }
        }
        return false
    }

    /// ``names(_:client:)`` for an ASCII `name` and `text`, on their bytes (the same words, the
    /// same lowercasing and comparisons, without building scalar arrays); nil for other text.
    private static func asciiNames(_ name: String, client text: String) -> Bool? {
        let answer = name.utf8.withContiguousStorageIfAvailable { name in
            text.utf8.withContiguousStorageIfAvailable { target -> Bool? in
                guard !name.contains(where: { $0 >= 0x80 }), !target.contains(where: { $0 >= 0x80 }) else {
                    return nil
                }
                var last: (start: Int, end: Int)? = nil
                forEachWord(name) { start, end in
                    last = (start, end)
                    return false
                }
                guard let last else { return false }
                let lastWord = String(decoding: name[last.start..<last.end].map(lowercase), as: UTF8.self)
                if valueSuffixes.contains(lastWord), lastWord != text { return false }
                var found = false
                forEachWord(name) { start, end in
                    let length = target.count <= 2 ? end - start : target.count
                    guard length == target.count, start + length <= name.count else { return false }
                    found = (0..<length).allSatisfy { lowercase(name[start + $0]) == target[$0] }
                    return found
                }
                return found
            }
        }
        guard let outer = answer, let inner = outer else { return nil }
        return inner
    }

    /// Calls `body` with each word of an ASCII name (letters and digits, split before an
    /// uppercase letter that follows a non-uppercase one) until it returns true.
    private static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < bytes.count, isWordByte(bytes[index]),
                !(isUpper(bytes[index]) && !isUpper(bytes[index - 1]))
            {
                index += 1
            }
            if body(start, index) { return }
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// The first two and last three receiver names: where clients and models are named.
    private var nearNames: [String] {
        names.count <= 5 ? Array(names) : Array(names.prefix(2) + names.suffix(3))
    }

    private var isModel: Bool {
        if let declaredModel { return declaredModel }
        guard let last = names.last, let first = last.unicodeScalars.first,
            first.properties.isUppercase, !callBefore, !Self.notModels.contains(last),
            // `window.tinymce.html.Node.create(…)`: a browser global's classes are no models.
            !(names.count > 1 && Self.browserGlobals.contains(names[names.startIndex]))
        else { return false }
        // `HTTP`, `DB`, `MAX_ITEMS` are constants or facades, not models.
        return last.unicodeScalars.contains { $0.properties.isLowercase }
    }
}
