extension ModelFramework {
    /// Sequelize: `class View extends Model`, `sequelize.define("View", …)`, `@Table`,
    /// `View.belongsTo(User, { as: "user" })`, `@BelongsTo(() => User) user`.
    static let sequelize = ModelFramework(
        name: "sequelize", languages: [.javascript, .typescript],
        modelBases: ["Model", "ParanoidModel", "IdModel", "BaseModel"],
        modelAnnotations: ["Table"],
        associationAnnotations: ["BelongsTo", "HasMany", "HasOne", "BelongsToMany"],
        associationCalls: ["belongsTo", "hasMany", "hasOne", "belongsToMany"],
        modelDefiningCalls: ["define"],
        lazyLoading: .never)

    /// TypeORM: `@Entity()`, `@ManyToOne(() => User) author: User`.
    static let typeORM = ModelFramework(
        name: "typeorm", languages: [.javascript, .typescript],
        modelBases: ["BaseEntity"],
        modelAnnotations: ["Entity", "ViewEntity"],
        associationAnnotations: ["ManyToOne", "OneToMany", "OneToOne", "ManyToMany"],
        dataAccessBases: ["Repository"],
        lazyLoading: .whenTypedAsPromise)
}
