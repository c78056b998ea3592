/// Queries and writes made through rows and their associations, known from the repository's
/// model declarations: `user.memberships.create(…)`, `product.images.count()`, and `item.delete()`
/// / `doc.update(…)` on the rows a loop iterates.
enum RowCalls {
    /// Methods of an association (a relation or collection proxy) that write.
    static let associationWrites: Set<String> = [
        "create", "create!", "update", "update_all", "delete", "delete_all", "destroy", "destroy_all",
        "add", "remove", "attach", "detach", "sync", "syncWithoutDetaching", "save", "saveMany", "createMany",
        "insert", "push", "set", "clear", "get_or_create", "update_or_create", "bulk_create",
        "updateOrCreate",
        "firstOrCreate", "associate", "dissociate", "toggle",
    ]
    /// Methods of an association that read.
    static let associationReads: Set<String> = [
        "count", "exists", "exists?", "any?", "empty?", "first", "last", "find", "find_by", "where", "all",
        "get",
        "filter", "exclude", "sum", "pluck", "order_by", "latest", "earliest", "values", "values_list",
        "take",
        "limit", "order", "ids", "size", "findOne", "findAll",
    ]
    /// Methods of one row (a model instance) that write or reload it.
    static let rowWrites: Set<String> = [
        "save", "save!", "delete", "destroy", "destroy!", "update", "update!", "update_attributes",
        "update_attribute", "update_column", "update_columns", "increment!", "decrement!", "toggle!", "touch",
        "softDelete", "restore", "forceDelete", "push", "increment", "decrement", "upsert",
    ]
    static let rowReads: Set<String> = ["reload", "refresh_from_db", "refresh", "fresh"]

    /// The kind of I/O the call at `link` of `chain` makes through a row or an association, when
    /// the repository declares what makes it so.
    static func kind(
        of chain: CallChain, link: Int, in file: AnalyzedFile, repository: any RepositoryKnowledge
    ) -> CallKind? {
        guard link >= 1 else { return nil }
        let method = chain.links[link].name
        let receiver = chain.links[link - 1].name
        // An association is a member of a row (`user.memberships.create`); a local variable that
        // shares its name (`products = {}`, `users = []`) is not, except Ruby's bare self-association.
        // An element picked by a subscript (`pages[node].first`, a group_by Hash's Array) is no proxy.
        if link >= 2 || (file.language == .ruby && !isLocal(chain, in: file, repository: repository)),
            chain.links[link - 1].index == nil,
            repository.isAssociation(receiver, language: file.language)
        {
            if associationWrites.contains(method) { return .dbWrite }
            if associationReads.contains(method) { return .dbRead }
        }
        guard link == 1, rowWrites.contains(method) || rowReads.contains(method),
            let loop = LoopCall.amplifyingLoop(for: chain.start, in: file),
            file.loops[loop].variables.map(plain).contains(plain(receiver)),
            AssociationReads.iteratesRows(loop: loop, in: file, repository: repository)
        else { return nil }
        return rowReads.contains(method) ? .dbRead : .dbWrite
    }

    /// A bare Ruby name the file assigns from something other than an association
    /// (`issues = @issues_by_version[version]`): a local variable, not the self-association.
    private static func isLocal(
        _ chain: CallChain, in file: AnalyzedFile, repository: any RepositoryKnowledge
    )
        -> Bool
    {
        guard let assigned = EagerLoading.assignedExpression(of: chain.start, in: file) else { return false }
        let tokens = file.tokens
        guard let last = assigned.last(where: { tokens[$0].kind == .identifier }) else { return true }
        return last == assigned.lowerBound
            || !repository.isAssociation(tokens[last].text, language: file.language)
    }

    private static func plain(_ name: String) -> String {
        String(name.drop(while: { $0 == "$" || $0 == "@" }))
    }
}
