/// Loops over objects of a plain class the repository declares (no model): what they hold is in
/// memory, whatever a model elsewhere calls an association of the same name.
enum PlainObjects {
    /// Assignments followed back from the iterated name.
    static let assignmentsFollowed = 4

    /// Whether `iterable` holds objects of a class the repository declares and knows is no model,
    /// by the plural name it (or what it was assigned from) is called: Redmine's
    /// `issue.visible_custom_field_values` holds `CustomFieldValue`s (`attr_accessor
    /// :custom_field`), not the `CustomValue` rows whose `belongs_to :custom_field` loads.
    /// Only where a model says so by its base class: a C# or Java entity is a plain class too.
    static func holds(_ iterable: Range<Int>, in file: AnalyzedFile, repository: any RepositoryKnowledge)
        -> Bool
    {
        guard file.language == .ruby || file.language == .python else { return false }
        let tokens = file.tokens
        var expression = iterable
        for _ in 0..<assignmentsFollowed {
            var first: Int? = nil
            for token in expression.clamped(to: 0..<tokens.count) {
                // The receiver chain only: a block's own names say nothing of the items.
                if tokens[token].is("do")
                    || (tokens[token].kind == .punctuation && ["{", "("].contains(tokens[token].text))
                {
                    break
                }
                guard tokens[token].kind == .identifier else { continue }
                first = first ?? token
                if let plain = isPlainClass(
                    namedByPlural: tokens[token].text, language: file.language, repository)
                {
                    return plain
                }
            }
            guard let name = first, let assigned = EagerLoading.assignedExpression(of: name, in: file) else {
                return false
            }
            expression = assigned
        }
        return false
    }

    /// What the longest class name the plural spells and the repository declares as a class says:
    /// no model (true), a model (false), or nil when it declares none of them.
    private static func isPlainClass(
        namedByPlural name: String, language: Language, _ repository: any RepositoryKnowledge
    ) -> Bool? {
        let bare = String(name.drop(while: { $0 == "@" || $0 == "$" }))
        // Two words at least: `all_items` says nothing of an `Item` class elsewhere.
        for type in IdentifierShape.itemTypeNames(ofPlural: bare, minimumWords: 2) {
            if let plain = repository.declaresPlainClass(type, language: language) { return plain }
        }
        return nil
    }
}
