extension ModelFramework {
    /// JPA/Hibernate and Spring Data (Java, Kotlin): `@Entity`, `@ManyToOne Owner owner;`,
    /// `interface OwnerRepository extends JpaRepository<Owner, Integer>`; also JDBI, Room and
    /// MyBatis data-access interfaces.
    static let jpa = ModelFramework(
        name: "jpa", languages: [.java, .kotlin],
        modelAnnotations: ["Entity", "Table", "Document", "MappedSuperclass"],
        associationAnnotations: ["ManyToOne", "OneToMany", "OneToOne", "ManyToMany", "Relation"],
        dataAccessBases: [
            "JpaRepository", "CrudRepository", "PagingAndSortingRepository", "ListCrudRepository",
            "ListPagingAndSortingRepository", "JpaSpecificationExecutor", "MongoRepository",
            "ReactiveCrudRepository", "ReactiveMongoRepository", "CoroutineCrudRepository", "R2dbcRepository",
            "QuerydslPredicateExecutor", "Repository", "SqlObject", "EntitySqlDao",
        ],
        dataAccessAnnotations: ["Repository", "Dao", "Mapper", "RegisterRowMapper", "RepositoryDefinition"],
        queryAnnotations: [
            "Query", "SqlQuery", "SqlUpdate", "SqlBatch", "Select", "Insert", "Update", "Delete",
            "NativeQuery", "Modifying", "Upsert",
        ])
}
