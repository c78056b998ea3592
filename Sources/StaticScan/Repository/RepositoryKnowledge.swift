/// What the repository around a file knows, for rules that look past the file they read.
///
/// StaticScan defines the questions; the `RepositoryIndex` module answers them from the head
/// version of every tracked file. Without a repository (a diff read from stdin, a rule example),
/// ``AnalyzedFile/repository`` is nil and the rules fall back to what one file shows.
public protocol RepositoryKnowledge: Sendable {
    /// True when the repository declares `name` as an ORM model, false when it declares `name` as
    /// a type that is not a model (a service, a helper class), nil when it declares no such type.
    func declaresModel(_ name: String, language: Language) -> Bool?

    /// True when the repository declares `name` as a class (or struct) whose objects are no
    /// model's rows, false when `name` is a model, nil when it declares no such class (a module
    /// or an interface does not count).
    func declaresPlainClass(_ name: String, language: Language) -> Bool?

    /// How the call at `link` of `chain` in `file` reaches I/O through functions the repository
    /// defines (a helper, a service, a repository method), or nil when it does not.
    func ioPath(of chain: CallChain, link: Int, in file: AnalyzedFile) -> IOPath?

    /// Whether a model of the repository in `language`'s ecosystem declares an association (a
    /// relation loaded from another table) named `name` that is loaded lazily: not eager by its
    /// declaration (JPA's default EAGER `@ManyToOne`, SQLAlchemy `lazy="joined"`, Eloquent `$with`).
    func isLazyAssociation(_ name: String, language: Language) -> Bool

    /// ``isLazyAssociation(_:language:)`` for a read on a variable named `receiver`: a name that is
    /// also a plain column of some table (`changesets.comments` beside `has_many :comments`) only
    /// when the variable is named after a model declaring the association (`news.comments`,
    /// `page.content` for `WikiPage`).
    func isLazyAssociation(_ name: String, readOn receiver: String, language: Language) -> Bool

    /// Whether some function of the repository eager-loads an association named `name` (a
    /// controller's `includes(:author)`): a template's rows may come from there.
    func isEagerLoadedAnywhere(_ name: String, language: Language) -> Bool

    /// Whether a model of the repository declares an association named `name`, lazy or eager.
    func isAssociation(_ name: String, language: Language) -> Bool

    /// The model whose rows every association named `name` holds (`memberships` declared with
    /// `class_name: "Member"` → Member, `line_items` → LineItem), or nil when the declarations
    /// disagree or name no model the repository declares.
    func model(ofAssociation name: String, language: Language) -> String?

    /// Whether every repository function the call at `link` of `chain` may run only returns a
    /// small literal collection (`EntityProvider::all()` returning four models).
    func returnsConstantCollection(_ chain: CallChain, link: Int, in file: AnalyzedFile) -> Bool

    /// The associations (lowercased) that the repository function called at `link` of `chain`
    /// eager-loads with the rows it returns (`@EntityGraph`, `JOIN FETCH`, a body that calls
    /// `includes`/`joinedload`/`select_related`), or an empty set.
    func eagerLoads(of chain: CallChain, link: Int, in file: AnalyzedFile) -> Set<String>

    /// The associations (lowercased) that the repository's functions named `name` eager-load,
    /// those of type or module `owner` when it is given (`Episode.preload_podcast` → podcast):
    /// what a removed call of one stops loading.
    func eagerLoads(ofFunctionNamed name: String, owner: String?, language: Language) -> Set<String>

    /// Places where `association` is read once per item (inside a loop body or a template), in
    /// path and line order, at most `limit` of them.
    func perItemReads(of association: String, language: Language, limit: Int) -> [RelatedLocation]

    /// The lazy associations that the method `name` of model `model` reads on its own object
    /// (`Changeset#to_xml_node` reading `user` and `tags`), in name order.
    func associationsRead(byMethod name: String, of model: String, language: Language) -> [String]
}

/// A place a finding points to besides its own: a hop on the way to an I/O call, or a read.
public struct RelatedLocation: Codable, Sendable, Hashable {
    public var path: String
    public var line: Int
    /// The function, call or association at that place (`loadLabels`, `QueryContext`, `author`).
    public var name: String

    public init(path: String, line: Int, name: String) {
        self.path = path
        self.line = line
        self.name = name
    }
}

/// The way from a call to the I/O it causes: the functions it goes through, then the I/O call.
public struct IOPath: Sendable, Equatable {
    /// What the I/O call at the end does.
    public var kind: CallKind
    /// The catalog family of the I/O call (`django`, `database/sql`), for the fix hint.
    public var family: String
    /// Each function entered, in order, then the I/O call itself (last).
    public var hops: [RelatedLocation]
    /// How sure the resolution is: high for a receiver of declared type or a call on `self`,
    /// medium when the callee was found by its name alone.
    public var confidence: Confidence
    /// Why the confidence is not high, for the message (`resolved by name only`).
    public var caveat: String?

    public init(
        kind: CallKind, family: String, hops: [RelatedLocation], confidence: Confidence, caveat: String? = nil
    ) {
        self.kind = kind
        self.family = family
        self.hops = hops
        self.confidence = confidence
        self.caveat = caveat
    }

    /// `loadLabels → QueryContext at internal/store/labels.go:70`.
    public var description: String {
        guard let last = hops.last else { return "" }
        let names = hops.map { "`\($0.name)`" }.joined(separator: " → ")
        return "\(names) at \(last.path):\(last.line)"
    }
}
