/// HF106: an association read once per item of a loop over query results that did not
/// eager-load it — the N+1 that hides in an attribute (`comment.author.name`).
public struct LazyLoadInLoopRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF106",
        name: "lazy-load-in-loop",
        severity: .error,
        summary: "An association is lazily loaded once per item of a loop over query results (N+1 queries).",
        explanation: """
            Reading an association (`belongs_to`, `ForeignKey`, `relationship`, an Eloquent relation, a JPA \
            `@ManyToOne`, an EF Core `virtual` navigation) on each row of a query that did not eager-load it \
            runs one query per row: `comment.author.name` in a loop over 20 comments is 21 queries, over \
            10,000 comments 10,001. The repository's own model declarations say which attributes are \
            associations, whatever their names. Silent when the query eager-loads the association \
            (`includes`, `preload`, `select_related`, `prefetch_related`, `joinedload`, `selectinload`, \
            `with`, `Include`, `JOIN FETCH`), for plain columns (`comment.body`, `comment.author_id`), for \
            reads outside loops, and for loops over literal or constant-size collections. Templates are \
            read the same way (ERB, Django/Jinja2, Blade, Razor, EEx); a partial rendered once per item (an \
            include in a loop, a collection render, a table cell template) reads the associations of the item \
            it is given, and is silent when some query of the repository eager-loads the association, as the \
            rows it renders most likely come from there — unless the change makes the read lazy (it replaces \
            the foreign-key column, `page.locale_id`, with the association, or removes a loaded-check such as \
            `relationLoaded('book')`), which is then a warning: every list that reaches it must load it. A change that removes the eager loading of a loop's \
            rows makes the unchanged reads in that loop findings, with the removal as related location. \
            Confidence is high when the loop iterates a query or an association directly.
            """,
        hint:
            "Eager-load the association on the query the loop iterates (`includes`/`preload`, `select_related`/`prefetch_related`, `joinedload`/`selectinload`, `with()`, `Include`, `JOIN FETCH`), or read a column (`author_id`) instead.",
        languages: [.ruby, .python, .php, .java, .kotlin, .csharp, .swift, .typescript, .javascript],
        examples: LazyLoadInLoopRule.examples
    )

    static let familyHints: [Language: String] = [
        .ruby: "Add `includes(:%@)` (or `preload`) to the query the loop iterates.",
        .python:
            "Add `select_related(\"%@\")` / `prefetch_related(\"%@\")` (Django) or `.options(selectinload(…%@))` (SQLAlchemy) to the query.",
        .php: "Eager load it: `->with('%@')` on the query, or `$with` on the model.",
        .java: "Fetch it with the query: `JOIN FETCH x.%@`, or `@EntityGraph(attributePaths = \"%@\")`.",
        .kotlin: "Fetch it with the query: `JOIN FETCH x.%@`, or `@EntityGraph(attributePaths = [\"%@\"])`.",
        .csharp: "Add `.Include(x => x.%@)` to the query.",
        .typescript: "Load it with the query: `relations: [\"%@\"]` (TypeORM) or `include` (Sequelize).",
        .javascript: "Load it with the query: `include` (Sequelize) or `relations` (TypeORM).",
    ]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        guard let repository = file.repository else { return [] }
        var findings: [Finding] = []
        var reported: Set<String> = []
        let removals = file.removedLines.isEmpty ? [] : RemovedEagerLoads.find(in: file)
        for read in AssociationReads.inLoops(of: file, repository: repository) {
            guard reported.insert("\(read.loop):\(read.association)").inserted else { continue }
            let loop = file.loops[read.loop]
            let hint = Self.familyHints[file.language].map {
                $0.replacingOccurrences(of: "%@", with: read.association)
            }
            var (message, via) = Self.explanation(of: read, in: file)
            if let removal = Self.removal(making: read, lazy: removals, loopLine: loop.line) {
                let line = file.tokens[removal.place].line
                message =
                    "`\(read.text)` loads the `\(read.association)` association once per item of the `\(loop.keyword)` loop on line \(loop.line): the change removed its eager loading (`\(removal.call)`) from the rows' query on line \(line)."
                via = [RelatedLocation(path: file.path, line: line, name: removal.call)]
            }
            var finding = file.finding(
                description, at: read.token, loop: read.loop, call: read.text, kind: .dbRead,
                confidence: read.confidence, message: message, hint: hint, via: via)
            // Unproven either way: the lists that render it may all load the association.
            if read.loadedElsewhere { finding.severity = .warning }
            findings.append(finding)
        }
        return findings
    }

    /// What the read does and why its rows are not loaded; with the removed loaded-check that
    /// made it lazy as related location.
    private static func explanation(of read: AssociationReads.Read, in file: AnalyzedFile) -> (
        String, [RelatedLocation]?
    ) {
        let loop = file.loops[read.loop]
        let what = "`\(read.text)` loads the `\(read.association)` association once per"
        let place: String
        var why = ", and no query in the repository eager-loads it."
        if file.isSerializerLoop(read.loop) {
            place =
                "object serialized: `\(file.tokens[loop.header].text)` runs for every row of a list (`many=True`)"
        } else if read.loop == file.implicitLoop, let site = file.renderedPerItem {
            place = "item: this template is rendered once per item by \(site.path):\(site.line)"
        } else {
            place = "item of the `\(loop.keyword)` loop on line \(loop.line)"
            why = ": the rows it iterates were not eager-loaded with it."
        }
        var via: [RelatedLocation]? = nil
        if let introduced = read.introduced {
            let change: String
            let name: String
            switch introduced {
            case .removedCheck(let removed, let call):
                change =
                    "removed the check `\(call)` on line \(removed.anchor) that kept it to rows that had loaded it"
                name = call
            case .replacedColumn(let removed, let column):
                change = "replaced the column read `\(column)` on line \(removed.anchor) with the association"
                name = column
            }
            via = [RelatedLocation(path: file.path, line: introduced.removed.anchor, name: name)]
            why =
                read.loadedElsewhere
                ? "; some queries of the repository eager-load it, but this change \(change), and every list that reaches it must load `\(read.association)` too."
                : "\(why.dropLast()); the change \(change)."
        }
        return (what + " " + place + why, via)
    }

    /// A read whose rows the change stopped eager-loading is the change's doing although neither
    /// the read nor its loop changed: the removal is its related location.
    public func followsFromRemovedLines(_ finding: Finding) -> Bool {
        finding.via?.contains { $0.path == finding.path } == true
    }

    /// The removal, before the loop, of eager loading of the read's association on the name
    /// holding its rows (`changesets = changesets.preload(:user)` removed above
    /// `changesets.each { |cs| cs.user }`).
    static func removal(
        making read: AssociationReads.Read, lazy removals: [RemovedEagerLoads.Removal], loopLine: Int
    ) -> RemovedEagerLoads.Removal? {
        guard let rows = read.rows else { return nil }
        return removals.first {
            $0.anchor <= loopLine && $0.names.contains(rows)
                && $0.associations.contains(read.association.lowercased())
        }
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
