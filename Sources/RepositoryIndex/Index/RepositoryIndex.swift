import StaticScan

/// The repository learned once per scan: every function and what I/O it reaches, every type and
/// what it extends, the models and their associations, and where associations are read per item.
///
/// A plain value built from each file's ``FileSymbols`` (see ``IndexBuilder``); the scanner's rules
/// ask it questions through ``RepositoryKnowledge`` and never re-read files.
public struct RepositoryIndex: Sendable {
    /// A function: the index of its file in ``files`` and its index there.
    struct FunctionKey: Hashable, Sendable {
        var file: Int
        var function: Int
    }

    let files: [FileSymbols]
    /// Per file (as in ``files``), whether it is test code (``CallResolution/testCode``).
    let isTestFile: [Bool]
    let fileByPath: [String: Int]
    /// Each file's module name (`app/utils/tags.py` → `tags`), by file index.
    let moduleNames: [String]
    /// Files by folder (Go packages and Python packages share names across their files).
    let filesByFolder: [String: [Int]]
    /// Functions by name, per language family.
    let functionsByName: [LanguageFamily: [String: [FunctionKey]]]
    /// The method names each owner type declares, per family (Go interfaces are matched by them).
    let methodNames: [LanguageFamily: [String: Set<String>]]
    /// Types by name, per language family: (file, type index).
    let typesByName: [LanguageFamily: [String: [(file: Int, type: Int)]]]
    /// Direct subtypes and implementations of each type name, per family.
    let subtypes: [LanguageFamily: [String: Set<String>]]
    /// Model names per family (declared by a framework base, annotation, or defining call).
    let models: [LanguageFamily: Set<String>]
    /// Data-access type names per family (their methods run queries).
    let dataAccessTypes: [LanguageFamily: Set<String>]
    /// Names of associations loaded lazily (declared without eager loading), per family, as
    /// declared and lowercased.
    let lazyAssociations: [LanguageFamily: Set<String>]
    /// Associations named like a plain column of some table (`comments`: a text column of
    /// `changesets`, `has_many :comments` of `News`), per family, with the models declaring them
    /// (``squashed(_:)``).
    let associationsNamedLikeColumns: [LanguageFamily: [String: Set<String>]]
    /// Associations some function eager-loads, per family (lowercased).
    let eagerLoadedAnywhere: [LanguageFamily: Set<String>]
    /// Names of every declared association, lazy or eager, per family (lowercased).
    let allAssociations: [LanguageFamily: Set<String>]
    /// The models named by the declarations of each association (lowercased name), per family; an
    /// empty string for a declaration that names none (its rows are of the model its name says).
    let associationTargets: [LanguageFamily: [String: Set<String>]]
    /// Per family and lowercased member name, where it is read once per item (loop bodies, templates).
    let perItemReads: [LanguageFamily: [String: [RelatedLocation]]]
    /// For each function reaching I/O, the way there, worked out when a scan asks.
    let reach: ReachComputation

    /// Per-item reads kept per name across the repository.
    static let maximumReadsPerName = 8

    /// `perItemTemplates`: paths of the templates rendered once per item (partials included in
    /// a loop), whose every member read is a read per item.
    public init(files: [FileSymbols], perItemTemplates: Set<String> = []) {
        let files = files.sorted { $0.path < $1.path }
        self.files = files
        isTestFile = files.map { CallResolution.testCode.contains($0.path) }
        var fileByPath: [String: Int] = [:]
        var filesByFolder: [String: [Int]] = [:]
        var functionsByName: [LanguageFamily: [String: [FunctionKey]]] = [:]
        var methodNames: [LanguageFamily: [String: Set<String>]] = [:]
        var typesByName: [LanguageFamily: [String: [(file: Int, type: Int)]]] = [:]
        var subtypes: [LanguageFamily: [String: Set<String>]] = [:]
        var associations: [LanguageFamily: Set<String>] = [:]
        var allAssociations: [LanguageFamily: Set<String>] = [:]
        var associationTargets: [LanguageFamily: [String: Set<String>]] = [:]
        var columns: [LanguageFamily: Set<String>] = [:]
        var declaringModels: [LanguageFamily: [String: Set<String>]] = [:]
        var needsLazyLoadingSwitch: Set<LanguageFamily> = []
        var lazyLoadingSwitchedOn: Set<LanguageFamily> = []
        var eagerLoadedAnywhere: [LanguageFamily: Set<String>] = [:]
        var perItemReads: [LanguageFamily: [String: [RelatedLocation]]] = [:]
        for (fileIndex, file) in files.enumerated() {
            fileByPath[file.path] = fileIndex
            filesByFolder[Self.folder(of: file.path), default: []].append(fileIndex)
            let family = LanguageFamily(file.language)
            eagerLoadedAnywhere[family, default: []].formUnion(file.eagerLoadsOutsideFunctions)
            for function in file.functions {
                eagerLoadedAnywhere[family, default: []].formUnion(function.eagerLoads)
            }
            for (functionIndex, function) in file.functions.enumerated() {
                functionsByName[family, default: [:]][function.name, default: []].append(
                    FunctionKey(file: fileIndex, function: functionIndex))
                if let owner = function.owner {
                    methodNames[family, default: [:]][owner, default: []].insert(function.name)
                }
            }
            for (typeIndex, type) in file.types.enumerated() {
                typesByName[family, default: [:]][type.name, default: []].append((fileIndex, typeIndex))
                for supertype in type.supertypes {
                    subtypes[family, default: [:]][supertype, default: []].insert(type.name)
                }
            }
            let reads =
                perItemTemplates.contains(file.path)
                ? file.perItemReads.merging(file.templateReads) { loop, _ in loop } : file.perItemReads
            for (name, lines) in reads.sorted(by: { $0.key < $1.key }) {
                var places = perItemReads[family, default: [:]][name.lowercased(), default: []]
                for line in lines where places.count < Self.maximumReadsPerName {
                    places.append(RelatedLocation(path: file.path, line: line, name: name))
                }
                perItemReads[family, default: [:]][name.lowercased()] = places
            }
            for association in file.associations {
                allAssociations[family, default: []].insert(association.name.lowercased())
                associationTargets[family, default: [:]][association.name.lowercased(), default: []].insert(
                    association.target ?? "")
            }
            for association in file.associations where !association.eager {
                associations[family, default: []].insert(association.name)
                associations[family, default: []].insert(association.name.lowercased())
            }
            columns[family, default: []].formUnion(file.columns.map { $0.lowercased() })
            if ModelFramework.lazyLoadingSwitches(of: file.language) != nil {
                needsLazyLoadingSwitch.insert(family)
            }
            if file.enablesLazyLoading { lazyLoadingSwitchedOn.insert(family) }
            for association in file.associations {
                declaringModels[family, default: [:]][association.name.lowercased(), default: []].insert(
                    association.model ?? "")
            }
        }
        self.fileByPath = fileByPath
        self.filesByFolder = filesByFolder
        moduleNames = files.map { CallResolution.moduleName(of: $0.path) }
        self.functionsByName = functionsByName
        self.methodNames = methodNames
        self.typesByName = typesByName
        self.subtypes = subtypes
        // EF Core loads no navigation lazily unless the application turns it on.
        for family in needsLazyLoadingSwitch.subtracting(lazyLoadingSwitchedOn) { associations[family] = nil }
        lazyAssociations = associations
        var columnNamedModels: [LanguageFamily: [String: Set<String>]] = [:]
        for (family, models) in declaringModels {
            // A model has the associations its abstract bases and mixins declare
            // (`Page(AbstractPage)`, `AbstractPage(TranslatableMixin)` declaring `locale`).
            columnNamedModels[family] = models.filter { columns[family]?.contains($0.key) ?? false }.mapValues
            {
                Set(
                    $0.flatMap { model in Self.closure(of: model) { subtypes[family]?[$0] ?? [] } }.map(
                        Self.squashed))
            }
        }
        associationsNamedLikeColumns = columnNamedModels
        self.allAssociations = allAssociations
        self.associationTargets = associationTargets
        self.eagerLoadedAnywhere = eagerLoadedAnywhere
        let kinds = ModelKinds(files: files)
        // A method called per item reads per item what it reads on its object (`element.tags`
        // whose body reads `old_tags`, `record.to_dict()` whose body reads `self.urls` on a model):
        // one hop, kept at the call's place.
        for file in files {
            let family = LanguageFamily(file.language)
            let calls = file.perItemCalls.filter { file.perItemReads[$0.key] == nil }
            for (name, lines) in file.perItemReads.merging(calls, uniquingKeysWith: { $0 + $1 }).sorted(by: {
                $0.key < $1.key
            }) {
                let called = calls[name] != nil
                for key in functionsByName[family]?[name] ?? [] {
                    let method = files[key.file].functions[key.function]
                    // A call reaches the method only on a model: `row.to_dict()` on anything else is
                    // not this method.
                    if called, !(method.owner.map { kinds.models[family]?.contains($0) ?? false } ?? false) {
                        continue
                    }
                    for read in method.selfReads
                    where allAssociations[family]?.contains(read.lowercased()) ?? false {
                        var places = perItemReads[family, default: [:]][read.lowercased(), default: []]
                        for line in lines where places.count < Self.maximumReadsPerName {
                            places.append(
                                RelatedLocation(path: file.path, line: line, name: "\(name) → \(read)"))
                        }
                        perItemReads[family, default: [:]][read.lowercased()] = places
                    }
                }
            }
        }
        self.perItemReads = perItemReads
        models = kinds.models
        dataAccessTypes = kinds.dataAccess
        reach = ReachComputation(files: files)
    }

    // MARK: - Lookups

    func function(_ key: FunctionKey) -> FunctionSymbol { files[key.file].functions[key.function] }

    /// A model or variable name lowercased without `_`, `$` and `@`: `time_entry` and `TimeEntry`
    /// both read `timeentry`.
    static func squashed(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "$" && $0 != "@" })
    }

    /// The declarations of type `name` in `family`.
    func types(named name: String, in family: LanguageFamily) -> [TypeSymbol] {
        (typesByName[family]?[name] ?? []).map { files[$0.file].types[$0.type] }
    }

    /// `name`, its declared supertypes (transitively) and its subtypes and implementations
    /// (transitively): the types whose methods a call on a `name` may run. Siblings sharing only a
    /// base (two Django models under `models.Model`) are not included.
    func lineage(of name: String, in family: LanguageFamily) -> Set<String> {
        let ancestors = Self.closure(of: name) { Set(types(named: $0, in: family).flatMap(\.supertypes)) }
        let descendants = Self.closure(of: name) { subtypes[family]?[$0] ?? [] }
        return ancestors.union(descendants)
    }

    /// `start` and every name `related` reaches from it, at most 64.
    private static func closure(of start: String, _ related: (String) -> Set<String>) -> Set<String> {
        var result: Set<String> = [start]
        var queue = [start]
        while let next = queue.popLast(), result.count < 64 {
            for item in related(next) where result.insert(item).inserted { queue.append(item) }
        }
        return result
    }

    /// Whether `path` is test code (``CallResolution/testCode``): known per indexed file, matched
    /// once more only for a file the index does not hold.
    func isTestCode(path: String) -> Bool {
        fileByPath[path].map { isTestFile[$0] } ?? CallResolution.testCode.contains(path)
    }

    /// The innermost function of `path` whose lines hold `line`.
    func enclosingFunction(path: String, line: Int) -> FunctionSymbol? {
        guard let file = fileByPath[path] else { return nil }
        return files[file].functions.filter { $0.line <= line && line <= $0.endLine }
            .min { $0.endLine - $0.line < $1.endLine - $1.line }
    }

    /// The declared types of `name` as the file at `path` (or a file of its folder) gives them.
    func declaredTypes(of name: String, path: String) -> [String] {
        if let file = fileByPath[path], let types = files[file].variableTypes[name] { return types }
        for file in filesByFolder[Self.folder(of: path)] ?? [] {
            if let types = files[file].variableTypes[name] { return types }
        }
        return []
    }

    /// `app/models/post.rb` → `app/models`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// Languages whose code calls each other's functions (JavaScript and TypeScript; Java and Kotlin).
enum LanguageFamily: Hashable, Sendable {
    case python, ruby, script, go, jvm, php, dotnet, swift, elixir, other

    init(_ language: Language) {
        switch language {
        case .python: self = .python
        case .ruby: self = .ruby
        case .javascript, .typescript: self = .script
        case .go: self = .go
        case .java, .kotlin: self = .jvm
        case .php: self = .php
        case .csharp: self = .dotnet
        case .swift: self = .swift
        case .elixir: self = .elixir
        default: self = .other
        }
    }
}
