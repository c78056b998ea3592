/// HF102: a database write (insert, update, delete, save, commit) once per iteration.
public struct WriteInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(
        kinds: [.dbWrite], action: "writes to the database",
        familyHints: [
            "django":
                "Collect the objects and write once: `bulk_create`/`bulk_update`, or `filter(id__in=ids).update(…)`.",
            "sqlalchemy":
                "`add` the objects in the loop and `commit` once after it, or use an `insert(…).values([...])`.",
            "activerecord": "Write once with `insert_all`/`upsert_all`, or `where(id: ids).update_all(…)`.",
            "prisma":
                "Write once with `createMany`/`updateMany`, or group the writes in one `$transaction([...])`.",
            "typeorm": "Pass the whole array to `save(entities)`, or use `insert().values([...])`.",
            "sequelize": "Write once with `bulkCreate(rows, { updateOnDuplicate })`.",
            "gorm": "Write once with `Create(&slice)` or `CreateInBatches`.",
            "efcore":
                "`Add` the entities in the loop and call `SaveChanges` once after it (or `ExecuteUpdate`).",
            "eloquent": "Write once with `insert([...])`/`upsert`, or `whereIn('id', $ids)->update([...])`.",
            "spring-data": "Write once with `saveAll(list)` and JDBC batching enabled.",
            "jpa": "`persist` in the loop and `flush` once after it, with JDBC batching enabled.",
            "grdb": "Run the loop inside one `write` transaction, or one `UPDATE … WHERE id IN (…)`.",
            "fluent": "Save the models in one `create(on:)` call on the array, or in one transaction.",
        ])

    public let description = RuleDescription(
        id: "HF102",
        name: "write-in-loop",
        severity: .error,
        summary: "A database write runs once per iteration of a loop over data.",
        explanation: """
            An insert, update, delete, `save` or `commit` inside a loop over a growing collection costs one \
            round trip (and often one transaction) per element: an import of 100 rows in a test becomes \
            100,000 statements in production. Raw SQL counts by its verb (`INSERT`, `UPDATE`, `DELETE`). \
            Silent: bulk writes outside the loop, writes staged in the loop and flushed once after it \
            (`session.add` + one `commit`, EF `Add` + one `SaveChanges`), loops over literal lists or small \
            constant ranges, and retry loops.
            """,
        hint:
            "Collect the rows in the loop and write them once after it: a bulk insert, one `UPDATE … WHERE id IN (…)`, or one flush/commit.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: WriteInLoopRule.examples
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        Self.check.findings(in: file, rule: description)
    }
}
