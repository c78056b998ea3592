/// The calls the scanner knows, compiled from the data files of this folder (one per ecosystem
/// family) and from `hundredfold.yml` (`scan.calls`).
public struct CallCatalog: Sendable {
    struct Compiled: Sendable {
        var entry: CatalogEntry
        var order: Int
        /// `entry.languages` as ``Language/bit`` values: tested per candidate without hashing.
        var languageBits: UInt32
    }

    var entries: [Compiled] = []
    private var byMethod: [String: [Int]] = [:]
    private var prefixed: [(prefix: String, entry: Int)] = []
    private var wildcard: [Int] = []
    /// Constructor or type path (`redis.Redis`) → (family, required first argument).
    private var bindPaths: [String: [(family: String, argument: String?, languages: Set<Language>)]] = [:]
    /// First names of the bind paths, and the last names of `*.Name` bind paths.
    private var bindRoots: Set<String> = []
    private var wildcardBinds: Set<String> = []
    /// Pre-tests of ``bindRoots`` and ``wildcardBinds`` (most chains name neither).
    private var bindRootFilter = NameFilter()
    private var wildcardBindFilter = NameFilter()
    /// Lines of the data files that did not parse (a test keeps this empty).
    public private(set) var invalidLines: [String] = []

    /// Method names no `*` line ever matches: they manage a client rather than call through it.
    static let unmatchedByWildcard: Set<String> = [
        "close", "quit", "disconnect", "pipeline", "multi", "toString", "to_s", "then", "catch", "on", "once",
        "connect", "with_options", "configure", "options", "copy", "dup", "clone", "equals", "hashCode",
        "inspect",
        "is_a?", "nil?", "class", "respond_to?", "send_keys", "build", "Builder", "pipelined", "Pipeline",
        "TxPipeline", "Pipelined", "batch", "CreateBatch", "CreateTransaction", "transaction",
        "withTransaction",
    ]

    /// The built-in catalog.
    public static let standard = CallCatalog(families: CallCatalog.allFamilies)

    init(families: [CatalogFamily]) {
        for family in families {
            for line in family.lines {
                guard let entry = CatalogEntry(family: family.name, languages: family.languages, line: line)
                else {
                    invalidLines.append("\(family.name): \(line)")
                    continue
                }
                add(entry)
            }
        }
    }

    /// The built-in catalog plus the user's names per kind (`repo.fetch_one`, `load_user`).
    public init(extraCalls: [String: [String]]) {
        self = .standard
        for (kindName, calls) in extraCalls.sorted(by: { $0.key < $1.key }) {
            guard let kind = CallKind(rawValue: kindName) else { continue }
            for call in calls {
                var names = ReceiverPattern.names(call)
                guard let method = names.popLast() else { continue }
                let receiver = names.isEmpty ? "-" : "*." + names.joined(separator: ".")
                guard
                    let entry = CatalogEntry(
                        family: "config", languages: Set(Language.allCases),
                        line: "\(kind.rawValue) \(receiver) : \(method)")
                else { continue }
                add(entry, first: true)
            }
        }
    }

    private mutating func add(_ entry: CatalogEntry, first: Bool = false) {
        let index = entries.count
        let bits = entry.languages.reduce(UInt32(0)) { $0 | $1.bit }
        entries.append(Compiled(entry: entry, order: first ? -1 : index, languageBits: bits))
        if entry.role == .bind {
            for target in entry.bindTargets {
                let names = ReceiverPattern.names(target.path)
                let key = names.joined(separator: ".")
                if names.first == "*", let last = names.last {
                    wildcardBinds.insert(last)
                    wildcardBindFilter.insert(last)
                } else if let first = names.first {
                    bindRoots.insert(first)
                    bindRootFilter.insert(first)
                }
                bindPaths[key, default: []].append((entry.family, target.argument, entry.languages))
            }
            return
        }
        for name in entry.names {
            if name == "*" {
                wildcard.append(index)
            } else if name.count > 1, name.hasSuffix("*") {
                prefixed.append((String(name.dropLast()), index))
            } else {
                byMethod[name, default: []].append(index)
            }
        }
    }

    // MARK: - Lookup

    /// Catalog entries that may describe a call of `method`, in catalog order.
    func candidates(for method: String, receiverBound: Bool) -> [Int] {
        var result = byMethod[method] ?? []
        // A first-byte test before `hasPrefix` (exact for an ASCII first byte, the catalog's case).
        let first = method.utf8.first
        for item in prefixed
        where (item.prefix.utf8.first.map { $0 >= 0x80 } ?? true || item.prefix.utf8.first == first)
            && method.hasPrefix(item.prefix) && method.count > item.prefix.count
        {
            result.append(item.entry)
        }
        if receiverBound, !Self.unmatchedByWildcard.contains(method) { result += wildcard }
        return result
    }

    /// The families a constructor or type path binds a variable to.
    func bindings(ofPath path: String, firstArgument: String?, language: Language) -> [String] {
        guard let found = bindPaths[path] ?? bindPaths[Self.wildcardKey(path)] else { return [] }
        return found.filter { item in
            item.languages.contains(language) && (item.argument == nil || item.argument == firstArgument)
        }.map(\.family)
    }

    /// Whether some `bind` path starts with `name` (a cheap test before building paths).
    func mayBind(_ chain: CallChain) -> Bool {
        (bindRootFilter.mightContain(chain.links[0].name) && bindRoots.contains(chain.links[0].name))
            || chain.links.prefix(6).contains {
                $0.isCall && wildcardBindFilter.mightContain($0.name) && wildcardBinds.contains($0.name)
            }
    }

    /// Whether any `bind` line names `path` (for any argument).
    func isBindPath(_ path: String) -> Bool {
        bindPaths[path] != nil
            || (wildcardBinds.contains(Self.lastName(path)) && bindPaths[Self.wildcardKey(path)] != nil)
    }

    /// `factory.CreateClient` is looked up as `*.CreateClient` too.
    private static func lastName(_ path: String) -> String {
        path.split(separator: ".").last.map(String.init) ?? path
    }

    private static func wildcardKey(_ path: String) -> String {
        "*." + (path.split(separator: ".").last.map(String.init) ?? path)
    }
}
