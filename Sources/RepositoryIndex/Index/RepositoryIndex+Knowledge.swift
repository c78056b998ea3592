import StaticScan

/// The index answers the scanner's questions about the repository.
extension RepositoryIndex: RepositoryKnowledge {
    public func declaresModel(_ name: String, language: Language) -> Bool? {
        let family = LanguageFamily(language)
        if models[family]?.contains(name) ?? false { return true }
        let declared = types(named: name, in: family)
        guard !declared.isEmpty else { return nil }
        if dataAccessTypes[family]?.contains(name) ?? false { return false }
        // A type whose every supertype the repository declares (and none is a model) is no model;
        // one extending something unknown may be a model of a framework the index does not know.
        let known = declared.allSatisfy { type in
            type.supertypes.allSatisfy { typesByName[family]?[$0] != nil }
        }
        return known ? false : nil
    }

    public func declaresPlainClass(_ name: String, language: Language) -> Bool? {
        let family = LanguageFamily(language)
        guard
            types(named: name, in: family).contains(where: { $0.kind == .classType || $0.kind == .structType }
            )
        else { return nil }
        return declaresModel(name, language: language).map { !$0 }
    }

    public func ioPath(of chain: CallChain, link: Int, in file: AnalyzedFile) -> IOPath? {
        guard let (resolved, caller) = resolve(chain, link: link, in: file) else { return nil }
        let item = chain.links[link]
        // A function calling itself is recursion, not a helper (its own queries are found directly).
        let callerKey = caller.flatMap { function in
            fileByPath[file.path].flatMap { fileIndex in
                files[fileIndex].functions.firstIndex(of: function).map {
                    FunctionKey(file: fileIndex, function: $0)
                }
            }
        }
        // A method called on each item (`user.allowed_to?(…)` over users) redoes per item what it
        // memoizes on its object.
        let onEachItem =
            link == 1
            && file.loop(containing: chain.start).map {
                FileIndexer.isItem(chain.links[0].name, of: $0, in: file)
            }
                ?? false
        return ReachComputation.path(
            of: resolved, called: item.name,
            reach: { reach.path(of: $0, in: self, calling: onEachItem ? .onEachObject : .onTheSameObject) },
            excluding: callerKey)
    }

    public func isLazyAssociation(_ name: String, language: Language) -> Bool {
        guard let names = lazyAssociations[LanguageFamily(language)] else { return false }
        // A C# navigation property is a PascalCase property: `x.user` is a tuple's field.
        if language == .csharp, name.first?.isUppercase != true { return false }
        return names.contains(name) || names.contains(name.lowercased())
    }

    public func isLazyAssociation(_ name: String, readOn receiver: String, language: Language) -> Bool {
        guard isLazyAssociation(name, language: language) else { return false }
        guard let models = associationsNamedLikeColumns[LanguageFamily(language)]?[name.lowercased()] else {
            return true
        }
        // `page.content` for `WikiPage has_one :content`; not `entry.comments` (a column).
        let variable = Self.squashed(receiver)
        return !variable.isEmpty && models.contains { !$0.isEmpty && $0.hasSuffix(variable) }
    }

    public func isEagerLoadedAnywhere(_ name: String, language: Language) -> Bool {
        eagerLoadedAnywhere[LanguageFamily(language)]?.contains(name.lowercased()) ?? false
    }

    public func isAssociation(_ name: String, language: Language) -> Bool {
        allAssociations[LanguageFamily(language)]?.contains(name.lowercased()) ?? false
    }

    public func model(ofAssociation name: String, language: Language) -> String? {
        guard let targets = associationTargets[LanguageFamily(language)]?[name.lowercased()] else {
            return nil
        }
        let models = Set(
            targets.compactMap { target -> String? in
                guard target.isEmpty else { return target }
                // `has_many :line_items` → LineItem; `belongs_to :author` → Author.
                let plural = IdentifierShape.itemTypeNames(ofPlural: name).first
                let named =
                    plural
                    ?? name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                return declaresModel(named, language: language) == true ? named : nil
            })
        return models.count == 1 ? models.first : nil
    }

    public func returnsConstantCollection(_ chain: CallChain, link: Int, in file: AnalyzedFile) -> Bool {
        guard let (resolved, _) = resolve(chain, link: link, in: file), !resolved.functions.isEmpty else {
            return false
        }
        return resolved.functions.allSatisfy { function($0).returnsConstantCollection }
    }

    public func eagerLoads(of chain: CallChain, link: Int, in file: AnalyzedFile) -> Set<String> {
        guard let (resolved, _) = resolve(chain, link: link, in: file) else { return [] }
        return Set(resolved.functions.flatMap { function($0).eagerLoads })
    }

    public func eagerLoads(ofFunctionNamed name: String, owner: String?, language: Language) -> Set<String> {
        let family = LanguageFamily(language)
        let candidates = (functionsByName[family]?[name] ?? []).map(function)
        let owned = owner.map { owner in candidates.filter { $0.owner == owner } } ?? candidates
        // By name alone only when every function of that name loads the same associations.
        guard let first = owned.first, owner != nil || owned.allSatisfy({ $0.eagerLoads == first.eagerLoads })
        else { return [] }
        return Set(owned.flatMap(\.eagerLoads))
    }

    /// The repository functions the call at `link` may run, and the function making the call.
    private func resolve(_ chain: CallChain, link: Int, in file: AnalyzedFile)
        -> (CallResolution.Resolution, FunctionSymbol?)?
    {
        let item = chain.links[link]
        guard !item.isConstructor else { return nil }
        let family = LanguageFamily(file.language)
        guard functionsByName[family]?[item.name] != nil || !(dataAccessTypes[family]?.isEmpty ?? true) else {
            return nil
        }
        let receiver = FileIndexer.receiverName(of: chain, link: link)
        let caller = enclosingFunction(path: file.path, line: file.tokens[item.token].line)
        let call = CallResolution.Call(
            name: item.name, receiver: receiver.name, onSelf: receiver.onSelf, callerOwner: caller?.owner,
            callerPath: file.path, family: family)
        return CallResolution(index: self).resolve(call).map { ($0, caller) }
    }

    public func associationsRead(byMethod name: String, of model: String, language: Language) -> [String] {
        let family = LanguageFamily(language)
        var result: Set<String> = []
        for key in functionsByName[family]?[name] ?? [] {
            let method = function(key)
            guard method.owner == model else { continue }
            result.formUnion(method.selfReads.filter { isLazyAssociation($0, language: language) })
        }
        return result.sorted()
    }

    public func perItemReads(of association: String, language: Language, limit: Int) -> [RelatedLocation] {
        Array((perItemReads[LanguageFamily(language)]?[association.lowercased()] ?? []).prefix(limit))
    }
}
