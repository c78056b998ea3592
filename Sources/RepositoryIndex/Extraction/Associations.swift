import StaticScan

/// The associations a file's models declare, read with the file's frameworks
/// (``ModelFramework``): macros, association fields, annotated properties, association methods,
/// association calls and EF Core `virtual` navigation properties.
struct Associations {
    let file: AnalyzedFile
    let definitions: Definitions
    let frameworks: [ModelFramework]

    func find() -> (associations: [AssociationSymbol], modelsByCall: [String]) {
        var result: [AssociationSymbol] = []
        var models: [String] = []
        let tokens = file.tokens
        let macros = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.associationMacros) }
        let fieldCalls = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.associationFieldCalls) }
        let reverseKeys = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.reverseNameKeys) }
        let annotations = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.associationAnnotations) }
        let methodCalls = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.associationMethodCalls) }
        let calls = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.associationCalls) }
        let defining = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.modelDefiningCalls) }
        func add(_ name: String, at token: Int, eager: Bool = false, target: String? = nil) {
            let clean = String(name.drop(while: { $0 == ":" || $0 == "$" || $0 == "@" }))
            guard !clean.isEmpty else { return }
            result.append(
                AssociationSymbol(
                    model: definitions.owner(of: token)?.name, name: clean, line: tokens[token].line,
                    eager: eager, target: target))
        }
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .identifier, macros.contains(token.text), token.startsLine,
                let symbol = symbolName(after: index)
            {
                add(symbol, at: index, target: className(inDeclarationAt: index))
            }
            if token.kind == .identifier, fieldCalls.contains(token.text), file.isPunctuation(index + 1, "("),
                let target = assignmentTarget(ofCallAt: index)
            {
                add(target, at: index, eager: declaresEager(argumentsOf: index + 1))
                if let close = file.brackets.partner(of: index + 1) {
                    for key in (index + 2)..<close
                    where reverseKeys.contains(tokens[key].text) && file.isPunctuation(key + 1, "=")
                        && tokens.indices.contains(key + 2) && tokens[key + 2].kind == .string
                    {
                        add(tokens[key + 2].text, at: key)
                    }
                }
            }
            if token.kind == .identifier, token.text.hasPrefix("@"),
                annotations.contains(String(token.text.dropFirst())),
                let field = annotatedField(after: index), !isAttribute(field)
            {
                let loading = lazyLoading {
                    $0.associationAnnotations.contains(String(token.text.dropFirst()))
                }
                add(
                    tokens[field].text, at: field,
                    eager: annotationIsEager(at: index) || loading == .never
                        || (loading == .whenTypedAsPromise && !isTypedAsPromise(field)))
            }
            if token.kind == .identifier, calls.contains(token.text), file.isPunctuation(index + 1, "("),
                tokens.isMemberAccess(at: index - 1, in: file.language)
            {
                let loading = lazyLoading { $0.associationCalls.contains(token.text) }
                add(associationCallName(at: index), at: index, eager: loading == .never)
            }
            if token.kind == .identifier, defining.contains(token.text), file.isPunctuation(index + 1, "("),
                tokens.isMemberAccess(at: index - 1, in: file.language), tokens.indices.contains(index + 2),
                tokens[index + 2].kind == .string
            {
                models.append(tokens[index + 2].text)
            }
        }
        if !methodCalls.isEmpty {
            for function in definitions.functions where function.hasBody {
                let body = function.body.clamped(to: 0..<tokens.count)
                if body.contains(where: {
                    methodCalls.contains(tokens[$0].text) && file.isPunctuation($0 + 1, "(")
                        && tokens.isMemberAccess(at: $0 - 1, in: file.language)
                }) {
                    add(function.name, at: function.nameToken)
                }
            }
        }
        let eagerByModel = modelEagerLists()
        for position in result.indices where eagerByModel.contains(result[position].name) {
            result[position].eager = true
        }
        if file.language == .csharp { result += virtualNavigations() }
        if file.language == .go { result += taggedGoAssociations() }
        return (result, models)
    }

    /// How the framework declaring an association by what `declares` accepts loads it.
    private func lazyLoading(declaredBy declares: (ModelFramework) -> Bool) -> LazyLoading {
        frameworks.first(where: declares)?.lazyLoading ?? .always
    }

    /// A property declared with a plain attribute's type (`@NSManaged var email: String?`).
    private func isAttribute(_ field: Int) -> Bool {
        let types = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.attributeTypes) }
        guard !types.isEmpty, file.isPunctuation(field + 1, ":"), field + 2 < file.tokens.count else {
            return false
        }
        return types.contains(file.tokens[field + 2].text)
    }

    /// TypeORM's lazy relation: `author: Promise<User>` (after the field's name).
    private func isTypedAsPromise(_ field: Int) -> Bool {
        var cursor = field + 1
        if file.isPunctuation(cursor, "!") || file.isPunctuation(cursor, "?") { cursor += 1 }
        return file.isPunctuation(cursor, ":") && cursor + 1 < file.tokens.count
            && file.tokens[cursor + 1].is("Promise")
    }

    /// JPA: `@ManyToOne`/`@OneToOne` load eagerly unless `fetch = LAZY`; collections lazily unless
    /// `EAGER`. TypeORM and others: an `eager: true` option.
    private func annotationIsEager(at index: Int) -> Bool {
        let name = file.tokens[index].text.dropFirst()
        let arguments = argumentTexts(of: index + 1)
        if arguments.contains("EAGER") || arguments.contains("eager:true") { return true }
        if file.language == .java || file.language == .kotlin, name == "ManyToOne" || name == "OneToOne" {
            return !arguments.contains("LAZY")
        }
        return false
    }

    /// SQLAlchemy `relationship(…, lazy="joined")` (or `selectin`, `subquery`, `immediate`).
    private func declaresEager(argumentsOf open: Int) -> Bool {
        let arguments = argumentTexts(of: open)
        return ["lazy=joined", "lazy=selectin", "lazy=subquery", "lazy=immediate"].contains {
            arguments.contains($0)
        }
    }

    /// The tokens of the parenthesised arguments at `open`, joined without spaces.
    private func argumentTexts(of open: Int) -> String {
        guard file.isPunctuation(open, "("), let close = file.brackets.partner(of: open) else { return "" }
        return file.tokens[(open + 1)..<close].map(\.text).joined()
    }

    /// Eloquent `protected $with = ['user', 'contact'];`: associations the model always loads.
    private func modelEagerLists() -> Set<String> {
        guard file.language == .php else { return [] }
        var names: Set<String> = []
        let tokens = file.tokens
        for index in tokens.indices where tokens[index].text == "$with" && file.isPunctuation(index + 1, "=")
        {
            guard file.isPunctuation(index + 2, "["), let close = file.brackets.partner(of: index + 2) else {
                continue
            }
            for item in (index + 3)..<close where tokens[item].kind == .string {
                names.insert(tokens[item].text)
            }
        }
        return names
    }

    /// `:author` / `:author,` after a macro.
    func symbolName(after index: Int) -> String? {
        let tokens = file.tokens
        guard tokens.indices.contains(index + 1) else { return nil }
        let next = tokens[index + 1]
        if next.kind == .identifier, next.text.hasPrefix(":") { return next.text }
        if next.kind == .punctuation, next.text == ":", file.isIdentifier(index + 2) {
            return tokens[index + 2].text
        }
        if next.kind == .string { return next.text }
        return nil
    }

    /// `has_many :memberships, class_name: 'Member'` (or `:class_name => "Member"`) → Member: the
    /// model a declaration macro names for its rows, on the macro's line.
    func className(inDeclarationAt index: Int) -> String? {
        let tokens = file.tokens
        var cursor = index + 1
        while cursor + 2 < tokens.count, !tokens[cursor].startsLine {
            let key = tokens[cursor].text.drop(while: { $0 == ":" })
            if tokens[cursor].kind == .identifier, key == "class_name",
                tokens[cursor + 1].is(":") || tokens[cursor + 1].is("=>"), tokens[cursor + 2].kind == .string
            {
                return tokens[cursor + 2].text.split(separator: ":").last.map(String.init)
            }
            cursor += 1
        }
        return nil
    }

    /// `author = models.ForeignKey(` / `team: Mapped["Team"] = relationship(` → the attribute.
    func assignmentTarget(ofCallAt index: Int) -> String? {
        let tokens = file.tokens
        var cursor = index - 1
        while cursor >= 1, tokens.isMemberAccess(at: cursor, in: file.language), file.isIdentifier(cursor - 1)
        {
            cursor -= 2
        }
        guard file.isPunctuation(cursor, "=") else { return nil }
        var first = cursor - 1
        while first > 0, !tokens[first].startsLine { first -= 1 }
        return file.isIdentifier(first) ? tokens[first].text : nil
    }

    /// The field an annotation at `name` declares: the name before `;`, `=`, `:` or `{` in
    /// `@ManyToOne(fetch = LAZY) private Owner owner;` or `@ManyToOne(() => User) author: User`.
    private func annotatedField(after name: Int) -> Int? {
        let tokens = file.tokens
        var cursor = name + 1
        if file.isPunctuation(cursor, "("), let close = file.brackets.partner(of: cursor) {
            cursor = close + 1
        }
        var last: Int? = nil
        var steps = 0
        while cursor < tokens.count, steps < 30 {
            steps += 1
            let token = tokens[cursor]
            if token.kind == .identifier, token.text.hasPrefix("@") {
                // Another annotation on the same field.
                cursor += 1
                if file.isPunctuation(cursor, "("), let close = file.brackets.partner(of: cursor) {
                    cursor = close + 1
                }
                continue
            }
            if token.kind == .punctuation {
                if [";", "=", ":", "{", "!", "?"].contains(token.text) { return last }
                if token.text == "<",
                    let close = (cursor..<min(tokens.count, cursor + 20)).first(where: {
                        file.isPunctuation($0, ">")
                    })
                {
                    cursor = close + 1
                    continue
                }
            } else if token.kind == .identifier {
                last = cursor
                if token.startsLine, steps > 1, file.language == .kotlin || file.language == .swift,
                    !["var", "val", "let"].contains(token.text), tokens[cursor - 1].kind != .punctuation
                {
                    return last
                }
            }
            cursor += 1
        }
        return last
    }

    /// `Post.belongsTo(User, { as: "author" })` → author; `Post.hasMany(Comment)` → Comment.
    private func associationCallName(at index: Int) -> String {
        let tokens = file.tokens
        guard let close = file.brackets.partner(of: index + 1) else { return tokens[index].text }
        for key in (index + 2)..<close
        where tokens[key].text == "as" && file.isPunctuation(key + 1, ":") && tokens.indices.contains(key + 2)
            && tokens[key + 2].kind == .string
        {
            return tokens[key + 2].text
        }
        return file.isIdentifier(index + 2) ? tokens[index + 2].text : tokens[index].text
    }

    /// EF Core lazy-loading proxies: `public virtual Customer Customer { get; set; }`.
    private func virtualNavigations() -> [AssociationSymbol] {
        let tokens = file.tokens
        var result: [AssociationSymbol] = []
        for index in tokens.indices where tokens[index].kind == .identifier && tokens[index].text == "virtual"
        {
            var cursor = index + 1
            var steps = 0
            while cursor < tokens.count, steps < 20, !file.isPunctuation(cursor, "{"),
                !file.isPunctuation(cursor, ";"),
                !file.isPunctuation(cursor, "(")
            {
                cursor += 1
                steps += 1
            }
            guard file.isPunctuation(cursor, "{"), file.isIdentifier(cursor + 1),
                tokens[cursor + 1].text == "get",
                file.isIdentifier(cursor - 1), isNavigationType(before: cursor - 1),
                !tokens[cursor - 1].text.hasSuffix("Id")
            else { continue }
            result.append(
                AssociationSymbol(
                    model: definitions.owner(of: index)?.name, name: tokens[cursor - 1].text,
                    line: tokens[index].line))
        }
        return result
    }

    /// Whether the type before the property named at `name` can be an entity (`Customer`,
    /// `ICollection<Order>`), not a scalar (`Guid`, `string`, `int?`, `DateTime`).
    private func isNavigationType(before name: Int) -> Bool {
        let cursor = name - 1
        if file.isPunctuation(cursor, "?") { return false }
        if file.isPunctuation(cursor, ">") { return true }
        guard file.isIdentifier(cursor) else { return false }
        let type = file.tokens[cursor].text
        return !Self.scalarTypes.contains(type) && type.first?.isUppercase == true
    }

    private static let scalarTypes: Set<String> = [
        "Guid", "String", "DateTime", "DateTimeOffset", "TimeSpan", "Decimal", "Int32", "Int64", "Int16",
        "Boolean",
        "Double", "Single", "Byte", "Char", "Object", "JsonDocument", "JsonElement", "Uri",
    ]

    /// GORM: `Author User \`gorm:"foreignKey:AuthorID"\`` → Author.
    private func taggedGoAssociations() -> [AssociationSymbol] {
        let tokens = file.tokens
        var result: [AssociationSymbol] = []
        for index in tokens.indices
        where tokens[index].kind == .string && tokens[index].delimiter == UInt8(ascii: "`") {
            let tag = tokens[index].text
            guard tag.contains("foreignKey") || tag.contains("many2many") || tag.contains("references") else {
                continue
            }
            var first = index
            while first > 0, !tokens[first].startsLine { first -= 1 }
            if file.isIdentifier(first) {
                result.append(
                    AssociationSymbol(
                        model: definitions.owner(of: index)?.name, name: tokens[first].text,
                        line: tokens[first].line))
            }
        }
        return result
    }
}
