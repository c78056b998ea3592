import StaticScan

/// When reading an association that nothing eager-loaded runs a query.
enum LazyLoading: Sendable, Equatable {
    /// Always (ActiveRecord, Django, SQLAlchemy, Eloquent, JPA, Sequel).
    case always
    /// Only once the application turns it on with one of these names (EF Core:
    /// `UseLazyLoadingProxies()`, an injected `ILazyLoader`); otherwise the navigation reads empty.
    case whenEnabledBy(Set<String>)
    /// Only for an association typed as a promise (TypeORM lazy relations: `author: Promise<User>`).
    case whenTypedAsPromise
    /// Never: an unloaded association reads empty (Sequelize, GORM); Sequelize's getters
    /// (`post.getAuthor()`) are the explicit loads.
    case never
}

/// What one ORM or data-access framework declares, as data: which types are models or data
/// access, and how a model declares its associations. One file per framework fills one of these
/// (`ModelFramework+ActiveRecord.swift`); ``ModelFramework/all`` lists them.
struct ModelFramework: Sendable {
    var name: String
    var languages: Set<Language>
    /// Supertypes (last name, or qualified as written) that make a class a model.
    var modelBases: Set<String> = []
    /// Annotations or attributes that make a type a model (`Entity`, `Table`, `Model`).
    var modelAnnotations: Set<String> = []
    /// Class-body calls declaring an association by symbol: `belongs_to :author`.
    var associationMacros: Set<String> = []
    /// Calls assigned to a class attribute declaring an association: `author = models.ForeignKey(…)`.
    var associationFieldCalls: Set<String> = []
    /// Keyword arguments of those calls naming the reverse association (`related_name="posts"`).
    var reverseNameKeys: Set<String> = []
    /// Annotations on a field or property declaring an association: `@ManyToOne`.
    var associationAnnotations: Set<String> = []
    /// Declared types that make an annotated property a plain attribute rather than a relation
    /// (Core Data marks both `@NSManaged`: `var name: String` is a column, `var customer: Customer?`
    /// a relationship).
    var attributeTypes: Set<String> = []
    /// Calls in a method body that make the method an association: `$this->hasMany(…)`.
    var associationMethodCalls: Set<String> = []
    /// Calls declaring an association between two models: `Post.belongsTo(User, { as: "author" })`.
    var associationCalls: Set<String> = []
    /// Calls declaring a model by name: `sequelize.define("View", …)`.
    var modelDefiningCalls: Set<String> = []
    /// Supertypes and annotations of data-access types whose methods run queries.
    var dataAccessBases: Set<String> = []
    var dataAccessAnnotations: Set<String> = []
    /// Inherited methods of those data-access types that only track changes in memory (EF Core
    /// `Add`, `Remove`, `Attach`): the write runs later, once, at `SaveChanges`.
    var changeTrackingMethods: Set<String> = []
    /// Method annotations that make a method a query (`Query`, `SqlQuery`, `Select`).
    var queryAnnotations: Set<String> = []
    /// Migration and schema calls declaring a plain column, with the position of the argument
    /// naming it: `t.text :comments` (0), `add_column :changesets, :comments` (1),
    /// `$table->text('comments')` (0).
    var columnCalls: [String: Int] = [:]
    /// Calls assigned to a class attribute declaring a plain column: `comments = models.TextField()`.
    var columnFieldCalls: Set<String> = []
    /// When reading an unloaded association queries.
    var lazyLoading = LazyLoading.always
    /// Whether a record keeps an association it loaded (`membership.roles.to_a` queries once per
    /// record object), so reads on a record a memoized function returns load nothing again.
    var keepsLoadedAssociations = false

    /// Every framework the index knows.
    static let all: [ModelFramework] = [
        .activeRecord, .sequel, .django, .sqlAlchemy, .eloquent, .jpa, .efCore, .sequelize, .typeORM, .gorm,
        .swiftData,
    ]

    /// The change-tracking methods of every framework of `family`'s languages.
    static func changeTrackingMethods(in family: LanguageFamily) -> Set<String> {
        all.filter { $0.languages.contains { LanguageFamily($0) == family } }
            .reduce(into: []) { $0.formUnion($1.changeTrackingMethods) }
    }

    /// The names that turn lazy loading on when every framework of `language` needs one (EF
    /// Core); nil when some framework decides without a switch.
    static func lazyLoadingSwitches(of language: Language) -> Set<String>? {
        var names: Set<String> = []
        for framework in of(language) {
            switch framework.lazyLoading {
            case .whenEnabledBy(let switches): names.formUnion(switches)
            case .always, .whenTypedAsPromise, .never: return nil
            }
        }
        return names
    }

    /// The frameworks of `language`.
    static func of(_ language: Language) -> [ModelFramework] {
        byLanguage[language] ?? []
    }

    private static let byLanguage: [Language: [ModelFramework]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (language, all.filter { $0.languages.contains(language) })
        })
}
