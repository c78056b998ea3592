/// HF201: a list read with no LIMIT, no pagination and no narrowing filter: raw `SELECT`s in code
/// and in `.sql` files, and the ORMs' "all rows" calls.
public struct UnboundedQueryRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "HF201",
        name: "unbounded-query",
        severity: .warning,
        summary:
            "A list read has no LIMIT, no pagination and no narrowing filter: it returns every row of the table.",
        explanation: """
            A query that reads a whole table returns 20 rows on a test fixture and a million in production: its \
            memory, time and bytes on the wire grow with the data. Reported: a raw `SELECT … FROM` with no LIMIT \
            (in code, and as a statement of a `.sql` file) whose WHERE does not compare a key; ORM calls that load \
            every row: Django `Model.objects.all()` returned, iterated or serialized, SQLAlchemy \
            `query(Model).all()`, ActiveRecord `Model.all.each` / `render json: Model.all`, Prisma `findMany` \
            without `take`, Sequelize `findAll` without `limit`, TypeORM `repository.find()` without `take`, GORM \
            `Find(&xs)` with no `Limit` or `Where` on a key, Spring Data `findAll()` without a `Pageable`, JPA \
            `getResultList()` without `setMaxResults`, Exposed `selectAll()`, Eloquent `Model::all()` and `->get()` \
            on an unconstrained builder, EF Core `.ToList()` on a whole `DbSet`, GRDB `fetchAll(db)` on a bare \
            table, Fluent `query(on:).all()`. Silent: sliced, limited or paginated reads, reads streamed in \
            batches (`iterator()`, `find_each`, `in_batches`, `yield_per`, `chunk`, `cursor`), single-row reads \
            (`fetchone`, `QueryRow`, `first`, a `.sql` statement annotated sqlc `:one`/`:exec`), aggregate-only \
            results, reads narrowed by a key (`filter(id=…)`, `where: { userId }`, `WHERE id = ?`, or a column the \
            `.sql` file makes `UNIQUE`), and batched reads by a list of keys the caller passes (`where: { sku: { in: \
            skus } }`, `sku__in=`, `.in_(…)`, `WHERE sku = ANY($1)`). A filter on a flag or a status \
            (`filter_by(archived=False)`, `where(status: "paid")`) bounds nothing.
            """,
        hint:
            "Bound the read: add LIMIT with keyset pagination (`WHERE id > ? ORDER BY id LIMIT 100`), narrow it by a key, or stream it in batches.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .sql,
            .elixir,
        ],
        examples: UnboundedQueryRule.examples
    )

    static let singleRowMethods: Set<String> = [
        "QueryRow", "QueryRowContext", "queryRow", "fetchrow", "fetchval", "fetchOne", "fetchone",
        "QueryFirst",
        "QueryFirstOrDefault", "QuerySingle", "QuerySingleOrDefault", "queryForObject", "queryForMap",
        "fetchSingle",
        "select_one", "select_value", "first", "one", "one_or_none", "scalar", "fetchmany", "fetch_many",
        "iterator",
        "find_each", "in_batches", "yield_per", "stream", "fetchCursor", "ExecuteScalar", "QueryFirstAsync",
        "QueryFirstOrDefaultAsync", "QuerySingleAsync", "setMaxResults",
    ]

    public func check(_ file: AnalyzedFile) -> [Finding] {
        if file.language == .sql { return sqlFileFindings(file) }
        let reads = rawSQLFindings(file) + ormFindings(file)
        let readLines = Set(reads.map(\.line))
        return reads
            + (inMemoryKeyFilterFindings(file) + preloadedMembershipFindings(file)).filter {
                !readLines.contains($0.line)
            }
    }

    // MARK: - Raw SQL in code

    private func rawSQLFindings(_ file: AnalyzedFile) -> [Finding] {
        var findings: [Finding] = []
        var reportedBoundSQL: Set<String> = []
        for call in file.calls where call.kind == .dbRead && call.executes {
            guard let sql = call.sql, let verdict = SQLListRead.unbounded(sql) else { continue }
            let method = call.chain.links[call.link].name
            if Self.singleRowMethods.contains(method) || readsOneRowAfter(call, in: file) { continue }
            let literal =
                call.argumentRanges.last.map { range in
                    range.clamped(to: 0..<file.tokens.count).contains {
                        file.tokens[$0].kind == .string && file.tokens[$0].text == sql
                    }
                } ?? false
            if !literal {
                guard !reportedBoundSQL.contains(sql) else { continue }
                reportedBoundSQL.insert(sql)
            }
            // A statement written on a line of its own below the call is reported where it is.
            let written = call.argumentRanges.lazy.compactMap { range in
                range.clamped(to: 0..<file.tokens.count).first {
                    file.tokens[$0].kind == .string && file.tokens[$0].text == sql
                }
            }.first
            let place =
                written.flatMap { file.tokens[$0].line != file.tokens[call.startToken].line ? $0 : nil }
                ?? call.startToken
            findings.append(
                file.finding(
                    description, at: place, loop: nil, call: call.text, kind: .dbRead,
                    confidence: verdict.filtered ? .medium : .high,
                    message: Self.message(call: call.text, verdict: verdict), sql: sql))
        }
        return findings
    }

    /// `cur.execute(…)` followed by `fetchone()` / `.first()` within the next two lines.
    private func readsOneRowAfter(_ call: CallSite, in file: AnalyzedFile) -> Bool {
        // The whole chain: `createQuery(…).setMaxResults(10).getResultList()` is bounded too.
        let chainNames = call.chain.links.map(\.name)
        if chainNames.contains(where: Self.singleRowMethods.contains) { return true }
        let lastLine = file.tokens[call.nameToken].line + 2
        var cursor = call.chain.end
        while cursor < file.tokens.count, file.tokens[cursor].line <= lastLine {
            if file.tokens[cursor].kind == .identifier,
                ["fetchone", "fetchmany", "fetchOne", "fetchrow"]
                    .contains(file.tokens[cursor].text)
            {
                return true
            }
            cursor += 1
        }
        return false
    }

    static func message(call: String, verdict: SQLListRead.Verdict) -> String {
        let why =
            verdict.filtered
            ? "its WHERE filters on no key and there is no LIMIT"
            : "there is no WHERE and no LIMIT"
        return
            "`\(call)` reads a list from `\(verdict.table)` with no bound: \(why), so the result grows with the table."
    }

    // MARK: - `.sql` files

    private func sqlFileFindings(_ file: AnalyzedFile) -> [Finding] {
        var findings: [Finding] = []
        var start = 0
        let tokens = file.tokens
        let facts = SQLFileFacts(file: file)
        lazy var unique = facts.uniqueColumns()
        while start < tokens.count {
            var end = start
            while end < tokens.count, !tokens[end].is(";") { end += 1 }
            if tokens[start].kind == .identifier, tokens[start].text.uppercased() == "SELECT",
                !facts.isAnnotatedSingleResult(statementAt: start)
            {
                let sql = tokens[start..<end].map { $0.kind == .string ? "'?'" : $0.text }.joined(
                    separator: " ")
                if let verdict = SQLListRead.unbounded(sql, uniqueColumns: unique) {
                    findings.append(
                        file.finding(
                            description, at: start, loop: nil, call: "SELECT", kind: .dbRead,
                            confidence: verdict.filtered ? .medium : .high,
                            message: Self.message(call: "SELECT", verdict: verdict), sql: sql))
                }
            }
            start = end + 1
        }
        return findings
    }
}
