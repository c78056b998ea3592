/// Who a cataloged method must be called on.
enum ReceiverPattern: Sendable, Hashable {
    /// `-`: a bare function call (`fetch(…)`, `urlopen(…)`).
    case none
    /// `*`: any receiver.
    case any
    /// `Model`: a class name (`User.find`, `User::where`, `Order.objects`… see `suffix`).
    case model
    /// `&`: a chain that went through this family's lazy builder, or a variable holding one.
    case builder
    /// `@`: a variable assigned from (or declared as) one of this family's `bind` constructors.
    case bound
    /// `~redis`: the receiver's last name contains this text, ignoring case.
    case nameContains(String)
    /// `requests`, `URLSession.shared`, `Net::HTTP`: exactly these receiver names.
    case path([String])
    /// `*.objects`: receiver names ending with these.
    case suffix([String])
    /// `x.y`: an attribute of a variable (`user.orders` in `user.orders.all()`).
    case attribute
    /// `*Repo`: a module whose last name ends with this text (`Repo`, `MyApp.Repo`, `ReadRepo`).
    case moduleEnding(String)
    /// `Model.query`: this attribute of a class name (Flask-SQLAlchemy `User.query.filter_by(…)`).
    case modelAttribute(String)

    init(parsing text: String) {
        switch text {
        case "-": self = .none
        case "*": self = .any
        case "Model": self = .model
        case "&": self = .builder
        case "@": self = .bound
        case "x.y": self = .attribute
        default:
            if text.hasPrefix("Model."), text.count > "Model.".count {
                self = .modelAttribute(String(text.dropFirst("Model.".count)))
            } else if text.hasPrefix("~") {
                self = .nameContains(String(text.dropFirst()).lowercased())
            } else if text.count > 1, text.hasPrefix("*"), !text.hasPrefix("*.") {
                self = .moduleEnding(String(text.dropFirst()))
            } else if text.hasPrefix("*.") {
                self = .suffix(Self.names(String(text.dropFirst(2))))
            } else {
                self = .path(Self.names(text))
            }
        }
    }

    static func names(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
    }
}

/// What a catalog line declares.
enum EntryRole: Sendable, Hashable {
    /// The method runs something of this kind.
    case call(CallKind)
    /// The method builds a lazy query of the family; nothing runs until it is executed.
    case builder
    /// The method takes SQL; it is a database call only when that SQL is a literal statement.
    case rawSQL
    /// Constructors and type names whose variables belong to the family (`redis.Redis`,
    /// `boto3.client(s3)`, `RestTemplate`).
    case bind
}

/// One parsed catalog line: `ROLE RECEIVER… : METHOD…`.
struct CatalogEntry: Sendable {
    var family: String
    var languages: Set<Language>
    var role: EntryRole
    var receivers: [ReceiverPattern]
    /// Method names (`*` for any, `find_by_*` for a prefix), or for `bind` lines the constructor
    /// and type paths.
    var names: [String]
    /// `insert(db)`: the method's first argument must start with this word.
    var firstArguments: [String: String] = [:]
    /// For `bind` lines: each path with its required first argument (`boto3.client(s3)`).
    var bindTargets: [(path: String, argument: String?)] = []

    /// Parses `db-read Model & : find find_by`; nil when the line is malformed.
    init?(family: String, languages: Set<Language>, line: String) {
        guard let colon = line.firstRange(of: " : ") ?? line.firstRange(of: " :") else { return nil }
        let halves = [line[..<colon.lowerBound], line[colon.upperBound...]]
        var head = halves[0].split(separator: " ").map(String.init)
        guard !head.isEmpty else { return nil }
        switch head.removeFirst() {
        case "builder": role = .builder
        case "sql": role = .rawSQL
        case "bind": role = .bind
        case let word:
            guard let kind = CallKind(rawValue: word) else { return nil }
            role = .call(kind)
        }
        self.family = family
        self.languages = languages
        receivers = head.map(ReceiverPattern.init(parsing:))
        names = []
        for word in halves[1].split(separator: " ") {
            guard let open = word.firstIndex(of: "("), word.last == ")" else {
                names.append(String(word))
                bindTargets.append((String(word), nil))
                continue
            }
            let name = String(word[..<open])
            let argument = String(word[word.index(after: open)..<word.index(before: word.endIndex)])
            names.append(name)
            firstArguments[name] = argument
            bindTargets.append((name, argument))
        }
        guard !names.isEmpty, role == .bind || !receivers.isEmpty else { return nil }
    }
}

/// A named group of catalog lines for one ecosystem (`django`, `redis-py`): the data files in
/// this folder each declare some.
struct CatalogFamily: Sendable {
    var name: String
    var languages: Set<Language>
    var lines: [String]

    init(_ name: String, _ languages: Set<Language>, _ lines: [String]) {
        self.name = name
        self.languages = languages
        self.lines = lines
    }
}
