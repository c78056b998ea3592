import StaticScan

/// Which declared types are models and which are data access, from each framework's data:
/// a framework base or annotation, or a declared supertype that already is one (transitively).
struct ModelKinds {
    var models: [LanguageFamily: Set<String>] = [:]
    var dataAccess: [LanguageFamily: Set<String>] = [:]

    init(files: [FileSymbols]) {
        var declared: [(family: LanguageFamily, type: TypeSymbol)] = []
        for file in files {
            let family = LanguageFamily(file.language)
            models[family, default: []].formUnion(file.modelsByCall)
            for type in file.types {
                declared.append((family, type))
                let supertypes = Set(type.supertypes + type.qualifiedSupertypes)
                let annotations = Set(type.annotations)
                for framework in ModelFramework.of(file.language) {
                    if !framework.modelBases.isDisjoint(with: supertypes)
                        || !framework.modelAnnotations.isDisjoint(with: annotations)
                    {
                        models[family, default: []].insert(type.name)
                    }
                    if !framework.dataAccessBases.isDisjoint(with: supertypes)
                        || !framework.dataAccessAnnotations.isDisjoint(with: annotations)
                        || file.functions.contains(where: {
                            $0.owner == type.name
                                && !framework.queryAnnotations.isDisjoint(with: $0.annotations)
                        })
                    {
                        dataAccess[family, default: []].insert(type.name)
                    }
                }
            }
        }
        // A subclass of a declared model (or data-access type) is one too.
        var changed = true
        var rounds = 0
        while changed, rounds < 8 {
            changed = false
            rounds += 1
            for item in declared {
                let supertypes = item.type.supertypes
                if !(models[item.family]?.contains(item.type.name) ?? false),
                    supertypes.contains(where: { models[item.family]?.contains($0) ?? false })
                {
                    models[item.family, default: []].insert(item.type.name)
                    changed = true
                }
                if !(dataAccess[item.family]?.contains(item.type.name) ?? false),
                    supertypes.contains(where: { dataAccess[item.family]?.contains($0) ?? false })
                {
                    dataAccess[item.family, default: []].insert(item.type.name)
                    changed = true
                }
            }
        }
    }
}
