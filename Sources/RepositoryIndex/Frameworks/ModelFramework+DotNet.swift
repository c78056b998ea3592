extension ModelFramework {
    /// EF Core: entity types are those a `DbContext` exposes as `DbSet<T>` or mark `[Table]`;
    /// `public virtual Customer Customer { get; set; }` is a lazily loaded navigation.
    static let efCore = ModelFramework(
        name: "efcore", languages: [.csharp],
        modelAnnotations: ["Table"],
        dataAccessBases: ["DbContext", "IdentityDbContext"],
        changeTrackingMethods: [
            "Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange", "Remove", "RemoveRange",
            "Attach", "AttachRange", "Entry", "Set",
        ],
        lazyLoading: .whenEnabledBy(["UseLazyLoadingProxies", "ILazyLoader"]))
}
