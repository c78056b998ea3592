/// HF107: the change removes eager loading from a query whose rows are read per item through
/// that association somewhere — the N+1 a change introduces far from the loop it slows down.
public struct EagerLoadRemovedRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF107",
        name: "eager-load-removed",
        severity: .error,
        summary: "The change removes eager loading of an association that is read once per item.",
        explanation: """
            Dropping `includes(:author)`, `select_related("author")`, `joinedload(Post.author)`, \
            `->with('author')`, `Include(p => p.Author)`, `preload: [:author]` or a `JOIN FETCH` — or an entry \
            of such a list, or a call of the \
            repository's own helper that eager-loads — turns every \
            read of `post.author` on those rows into its own query. The read usually sits elsewhere — a view, \
            a serializer, a template — and does not change, so no per-line rule sees it. The finding lands \
            on the query the change edits and lists the per-item reads (loop bodies and templates anywhere \
            in the repository) as related locations. Silent when the same association is still eager-loaded \
            (a strategy switched from `joinedload` to `selectinload`, `includes` to `preload`, or the call \
            moved within the query) and when nothing reads the association per item — unless, in JPA, the \
            repository maps the association eager (`@ManyToOne` by default, `fetch = FetchType.EAGER`): a \
            query that no longer fetches it makes Hibernate load it with one more select per row.
            """,
        hint: "Keep the association eager-loaded on this query, or remove the per-item reads.",
        languages: [.ruby, .python, .php, .java, .kotlin, .csharp, .typescript, .elixir],
        examples: EagerLoadRemovedRule.examples
    )

    /// Per-item reads named as related locations, at most.
    static let readsShown = 5

    /// Every finding stands on the query the removed lines left.
    public func followsFromRemovedLines(_ finding: Finding) -> Bool { true }

    public func check(_ file: AnalyzedFile) -> [Finding] {
        guard !file.removedLines.isEmpty else { return [] }
        var findings: [Finding] = []
        for removal in RemovedEagerLoads.find(in: file) {
            var reads: [RelatedLocation] = []
            for association in removal.associations.sorted() {
                reads += perItemReads(of: association, in: file)
            }
            let names = removal.associations.sorted().map { "`\($0)`" }.joined(separator: ", ")
            guard !reads.isEmpty else {
                let eager = removal.associations.sorted().filter { eagerByMapping($0, in: file) }
                guard !eager.isEmpty else { continue }
                let mapped = eager.map { "`\($0)`" }.joined(separator: ", ")
                findings.append(
                    file.finding(
                        description, at: removal.place, loop: nil, call: removal.call, kind: .dbRead,
                        confidence: .medium,
                        message:
                            "The change removes eager loading of \(names) (`\(removal.call)`) from this query, while the repository maps \(mapped) eager: Hibernate now loads it with a separate select for each row."
                    ))
                continue
            }
            let places = reads.prefix(3).map { "\($0.path):\($0.line)" }.joined(separator: ", ")
            findings.append(
                file.finding(
                    description, at: removal.place, loop: nil, call: removal.call, kind: .dbRead,
                    confidence: reads.count > 1 ? .high : .medium,
                    message:
                        "The change removes eager loading of \(names) (`\(removal.call)`) from this query, while its rows are read per item through it (\(places)): each read now runs its own query.",
                    via: Array(reads.prefix(Self.readsShown))))
        }
        return findings
    }

    /// Whether JPA loads `association` with every row by its mapping (`@ManyToOne` without
    /// `fetch = LAZY`, `FetchType.EAGER`): a query that stops fetching it then runs a select per
    /// row, read or not. Only the repository knows the mapping.
    private func eagerByMapping(_ association: String, in file: AnalyzedFile) -> Bool {
        guard file.language == .java || file.language == .kotlin, let repository = file.repository else {
            return false
        }
        return repository.isAssociation(association, language: file.language)
            && !repository.isLazyAssociation(association, language: file.language)
    }

    /// Where `association` is read per item: across the repository when it is known, else in
    /// the file's own loops.
    private func perItemReads(of association: String, in file: AnalyzedFile) -> [RelatedLocation] {
        if let repository = file.repository {
            return repository.perItemReads(of: association, language: file.language, limit: Self.readsShown)
        }
        var result: [RelatedLocation] = []
        for (index, loop) in file.loops.enumerated() where file.loopFacts[index].amplifies {
            for chain in loop.body.flatMap(file.chains(startingIn:)) where chain.links.count >= 2 {
                guard let name = AssociationReads.associationName(chain.links[1], language: file.language),
                    name.lowercased() == association.lowercased()
                else { continue }
                result.append(
                    RelatedLocation(path: file.path, line: file.tokens[chain.links[1].token].line, name: name)
                )
            }
        }
        return Array(result.prefix(Self.readsShown))
    }
}
