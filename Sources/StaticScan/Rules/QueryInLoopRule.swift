/// HF101: a database read once per iteration of a loop over data — the N+1 query.
public struct QueryInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(
        kinds: [.dbRead], action: "runs a database query",
        familyHints: [
            "django":
                "Load the rows before the loop in one query: `select_related`/`prefetch_related` for relations, `in_bulk(ids)` or `filter(id__in=ids)` for lookups.",
            "sqlalchemy":
                "Load once with `select(Model).where(Model.id.in_(ids))`, or eager-load with `selectinload`/`joinedload`.",
            "activerecord":
                "Eager load with `includes`/`preload`, or fetch once with `where(id: ids)` and `index_by(&:id)`.",
            "prisma":
                "Fetch once with `findMany({ where: { id: { in: ids } } })` or `include`, or batch with a DataLoader.",
            "typeorm":
                "Fetch once with `findBy({ id: In(ids) })` or a relation join, or batch with a DataLoader.",
            "sequelize":
                "Fetch once with `findAll({ where: { id: ids } })` or `include`, or batch with a DataLoader.",
            "gorm": "Fetch once with `Where(\"id IN ?\", ids)`, or `Preload` the association.",
            "efcore": "Use `Include`, or one query with `Where(x => ids.Contains(x.Id))` before the loop.",
            "eloquent":
                "Eager load with `with()`, or fetch once with `whereIn('id', $ids)` and `keyBy('id')`.",
            "spring-data": "Use `findAllById(ids)`, a `JOIN FETCH` query, or an entity graph.",
            "jpa": "Use one `JOIN FETCH` query or `WHERE id IN :ids` before the loop.",
            "grdb": "Fetch once with `fetchAll(db, keys: ids)` or an association with `including(all:)`.",
            "ecto":
                "Load once before the loop with `Repo.all(from x in X, where: x.id in ^ids)`, or preload the association on the whole list (`Repo.preload(list, :assoc)`, `preload:` in the query).",
            "fluent": "Eager load with `.with(\\.$relation)`, or fetch once with `.filter(\\.$id ~~ ids)`.",
        ])

    public let description = RuleDescription(
        id: "HF101",
        name: "query-in-loop",
        severity: .error,
        summary: "A database query runs once per iteration of a loop over data (N+1 queries).",
        explanation: """
            A query inside a loop over rows, a request's items, or any collection whose size grows with the \
            data runs once per element: 20 queries on a test fixture become 10,000 in production. This covers \
            `for`/`while` loops, comprehensions and generator expressions, and callbacks of `map`, `forEach`, \
            `each`, `Select` and their kin, for the common ORMs and for raw SQL passed to `execute`/`query`. \
            A lazy query (Django `filter()`, SQLAlchemy `select()`, ActiveRecord `where`) counts where it runs: \
            iterating it, or calling `first`, `count`, `get`, `to_a` and the like. Silent: loops over a literal \
            list or a small constant range, queries materialized before the loop, queries built in the loop \
            but run after it, and loops that are sequential on purpose (polling, retry, cursor pagination, \
            stopping at the first hit), which the HF2xx rules judge. Confidence is high when the loop variable \
            reaches the query or the loop iterates a query result.
            """,
        hint:
            "Batch the lookups into one query before the loop (`WHERE id IN (…)`), eager-load the relation, or use a DataLoader; then read the results from memory.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: QueryInLoopRule.examples
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        Self.check.findings(in: file, rule: description)
    }
}
