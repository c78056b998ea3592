extension ModelFramework {
    /// GORM: a struct embedding `gorm.Model`; associations are fields tagged `foreignKey`/`many2many`.
    static let gorm = ModelFramework(
        name: "gorm", languages: [.go], modelBases: ["Model"], lazyLoading: .never)
}
