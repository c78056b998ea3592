import StaticScan

/// What one file declares and does, as the repository index keeps it: a plain value, cached by
/// the file's content and merged with every other file's into a ``RepositoryIndex``. The cache
/// packs every field of these types (FileSymbols+Packing.swift).
public struct FileSymbols: Sendable, Equatable {
    public var path: String
    public var language: Language
    public var functions: [FunctionSymbol] = []
    public var types: [TypeSymbol] = []
    /// Declared or constructed types of the file's variables, fields and parameters, by name
    /// (`$` and `@` dropped): `accounts` → `AccountRepository`.
    public var variableTypes: [String: [String]] = [:]
    /// Associations the file's models declare.
    public var associations: [AssociationSymbol] = []
    /// Whether the file turns on lazy loading where the ORM needs it (EF Core
    /// `UseLazyLoadingProxies()`, `ILazyLoader`).
    public var enablesLazyLoading = false
    /// Plain columns the file declares (migrations, schemas, model fields), as written.
    public var columns: [String] = []
    /// Models the file declares by a call rather than a class (`sequelize.define("View", …)`).
    public var modelsByCall: [String] = []
    /// Member names read inside a loop body or a template, with the lines (at most a few each).
    public var perItemReads: [String: [Int]] = [:]
    /// For a template: member names read anywhere in it, with their lines. They are read per
    /// item when another template includes this one inside a loop (a partial per row).
    public var templateReads: [String: [Int]] = [:]
    /// Methods called on a loop's item (`record.to_dict()` in `for record in rows`), with the
    /// lines: a model method called per item reads per item what it reads on its object.
    public var perItemCalls: [String: [Int]] = [:]
    /// Associations eager-loaded outside any function: a class-level `queryset =
    /// Model.objects.select_related("cable")` of a Django REST framework view.
    public var eagerLoadsOutsideFunctions: [String] = []
}

/// A function or method with what it does: its first direct I/O call and the calls it makes.
public struct FunctionSymbol: Sendable, Equatable {
    public var name: String
    /// The class, struct, module or interface it belongs to (Go: the receiver's type).
    public var owner: String?
    public var line: Int
    public var endLine: Int
    /// False for a declaration without a body (an interface or abstract method).
    public var hasBody: Bool
    /// Annotations and attributes on it, without `@` (`Query`, `SqlQuery`, `Select`).
    public var annotations: [String]
    /// The first call in its body that does I/O by itself (a catalog call), if any.
    public var directIO: IOCall?
    /// The first I/O call its body makes on a record a memoized function returns
    /// (`membership(project).roles.to_a`): run once per object it memoizes on, so once per item
    /// only when called on each item.
    public var memoizedIO: IOCall? = nil
    /// The other calls its body makes, for following I/O through the repository.
    public var calls: [CallReference]
    /// Caches its result (`@current ||= …`, `@cached_property`, `@lru_cache`, `by lazy`): it does
    /// its I/O once per object, not once per call.
    public var memoized: Bool = false
    /// Names its body reads on its own object (`self.author`, `$this->user`, Ruby `old_tags`):
    /// calling it per item reads those associations per item.
    public var selfReads: [String] = []
    /// Associations (lowercased) its annotations or body eager-load (`@EntityGraph`, `JOIN FETCH`,
    /// `includes(:author)`): the rows it returns come with them.
    public var eagerLoads: [String]
    /// Its body only returns a small literal collection (`return [$this->book, $this->page]`).
    public var returnsConstantCollection: Bool = false
}

/// An I/O call found in a function body.
public struct IOCall: Sendable, Equatable {
    public var kind: CallKind
    public var family: String
    /// The called method's name (`QueryContext`).
    public var name: String
    public var line: Int
}

/// A call a function body makes, kept unresolved until every file is known.
public struct CallReference: Sendable, Equatable {
    public var name: String
    /// The receiver's last name (`accounts` in `this.accounts.findById`); nil for a bare call.
    public var receiver: String?
    /// The receiver is `self`/`this`/`$this` (or the call is bare inside a class).
    public var onSelf: Bool
    public var line: Int
}

/// A class, interface, struct or module and what it extends or is annotated with.
public struct TypeSymbol: Sendable, Equatable {
    public var name: String
    public var kind: TypeKind
    public var line: Int
    /// Extended and implemented types as written, last name only (`JpaRepository`, `Model`).
    public var supertypes: [String]
    /// The qualified supertypes as written (`ActiveRecord::Base`, `models.Model`).
    public var qualifiedSupertypes: [String]
    public var annotations: [String]
}

/// What kind of type declaration a ``TypeSymbol`` is.
public enum TypeKind: String, Sendable {
    case classType = "class"
    case interface
    case structType = "struct"
    case module
}

/// An association (a relation to rows of another table) a model declares.
public struct AssociationSymbol: Sendable, Equatable {
    public var model: String?
    public var name: String
    public var line: Int
    /// Loaded with the model by its declaration (JPA `@ManyToOne` default EAGER, SQLAlchemy
    /// `lazy="joined"`, TypeORM `eager: true`, Eloquent `$with`), so reading it per item is free.
    public var eager: Bool = false
    /// The model of its rows when the declaration names one (Rails `class_name: "Member"`); nil
    /// when the association's name says it (`has_many :issues` → Issue).
    public var target: String? = nil
}
