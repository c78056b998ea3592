// MARK: - Raw SQL: any language, a statement passed to an executing method

extension CallCatalog {
    /// A call counts only when its SQL is a literal (or a name holding one): `execute("SELECT …")`.
    static let rawSQL: [CatalogFamily] = [
        CatalogFamily(
            "raw-sql", Set(Language.allCases),
            [
                "sql * : execute executemany execute_sql exec exec_query query queryRow QueryRow Query Exec QueryContext ExecContext QueryRowContext executeQuery executeUpdate raw unsafe $queryRaw $executeRaw $queryRawUnsafe $executeRawUnsafe fetchAll fetchOne fetchall fetch_all select_all find_by_sql FromSqlRaw ExecuteSqlRaw SqlQuery QueryAsync ExecuteAsync QueryFirstOrDefault",
                "sql - : sql mysqli_query pg_query db_query",
            ])
    ]
}
