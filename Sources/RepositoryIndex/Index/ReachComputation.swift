import StaticScan

/// Which functions reach I/O, and how: directly (a catalog call in the body), as a query method
/// of a data-access type (`@Query`, a bodiless Spring Data method), or through the functions they
/// call, followed up to ``maximumDepth`` hops.
struct ReachComputation {
    let index: RepositoryIndex
    /// Set when the calls are made on a different object each time (a method of each item): what
    /// a function memoizes on its own object (``FunctionSymbol/memoized``,
    /// ``FunctionSymbol/memoizedIO``) is then done again for every call, while its calls on other
    /// objects (`User.current`, `project.members`) keep this reach.
    var otherObjects: [RepositoryIndex.FunctionKey: IOPath]? = nil
    static let maximumDepth = 6

    func compute() -> [RepositoryIndex.FunctionKey: IOPath] {
        var reach: [RepositoryIndex.FunctionKey: IOPath] = [:]
        for (fileIndex, file) in index.files.enumerated() {
            let family = LanguageFamily(file.language)
            let queryAnnotations = ModelFramework.of(file.language).reduce(into: Set<String>()) {
                $0.formUnion($1.queryAnnotations)
            }
            for (functionIndex, function) in file.functions.enumerated() {
                let key = RepositoryIndex.FunctionKey(file: fileIndex, function: functionIndex)
                let hop = RelatedLocation(path: file.path, line: function.line, name: function.name)
                if function.memoized, otherObjects == nil { continue }
                if let io = function.directIO ?? (otherObjects == nil ? nil : function.memoizedIO) {
                    reach[key] = IOPath(
                        kind: io.kind, family: io.family,
                        hops: [hop, RelatedLocation(path: file.path, line: io.line, name: io.name)],
                        confidence: .high)
                } else if !queryAnnotations.isDisjoint(with: function.annotations)
                    || (!function.hasBody
                        && function.owner.map { index.dataAccessTypes[family]?.contains($0) ?? false }
                            ?? false)
                {
                    reach[key] = IOPath(
                        kind: CallResolution.writes(function.name) ? .dbWrite : .dbRead,
                        family: "data-access",
                        hops: [hop], confidence: .high)
                }
            }
        }
        // Each call is resolved once; the rounds only follow the resolved edges.
        let resolution = CallResolution(index: index)
        var edges:
            [(
                caller: RepositoryIndex.FunctionKey, hop: RelatedLocation,
                calls: [(target: CallResolution.Resolution, name: String, onSameObject: Bool)]
            )] = []
        for (fileIndex, file) in index.files.enumerated() {
            let family = LanguageFamily(file.language)
            for (functionIndex, function) in file.functions.enumerated()
            where function.hasBody && (otherObjects != nil || !function.memoized) {
                let key = RepositoryIndex.FunctionKey(file: fileIndex, function: functionIndex)
                guard reach[key] == nil else { continue }
                var resolved: [(target: CallResolution.Resolution, name: String, onSameObject: Bool)] = []
                for reference in function.calls {
                    let call = CallResolution.Call(
                        name: reference.name, receiver: reference.receiver, onSelf: reference.onSelf,
                        callerOwner: function.owner, callerPath: file.path, family: family)
                    // Ruby calls a method of the object itself without `self.`.
                    let onSameObject =
                        reference.onSelf || (reference.receiver == nil && file.language == .ruby)
                    if let target = resolution.resolve(call) {
                        resolved.append((target, reference.name, onSameObject))
                    }
                }
                if !resolved.isEmpty {
                    edges.append(
                        (
                            key, RelatedLocation(path: file.path, line: function.line, name: function.name),
                            resolved
                        ))
                }
            }
        }
        for _ in 0..<Self.maximumDepth {
            var added: [RepositoryIndex.FunctionKey: IOPath] = [:]
            for edge in edges where reach[edge.caller] == nil {
                for call in edge.calls {
                    let known = call.onSameObject ? reach : (otherObjects ?? reach)
                    guard
                        var path = Self.path(
                            of: call.target, called: call.name, reach: known, excluding: edge.caller)
                    else {
                        continue
                    }
                    path.hops.insert(edge.hop, at: 0)
                    added[edge.caller] = path
                    break
                }
            }
            if added.isEmpty { break }
            reach.merge(added) { old, _ in old }
        }
        return reach
    }

    /// The I/O path of a resolution: the first candidate (in path and line order) that reaches
    /// I/O. Candidates found by name alone must all reach it, or the call stays unresolved.
    static func path(
        of resolution: CallResolution.Resolution, called name: String,
        reach: [RepositoryIndex.FunctionKey: IOPath], excluding caller: RepositoryIndex.FunctionKey? = nil
    ) -> IOPath? {
        if let type = resolution.dataAccessType {
            // The data-access type runs the method's query: its declaration is the I/O.
            return IOPath(
                kind: CallResolution.writes(name) ? .dbWrite : .dbRead, family: "data-access",
                hops: [RelatedLocation(path: type.path, line: type.line, name: "\(type.name).\(name)")],
                confidence: resolution.confidence)
        }
        let candidates = resolution.functions.filter { $0 != caller }
        let reaching = candidates.filter { reach[$0] != nil }
        guard let first = reaching.first, var path = reach[first] else { return nil }
        if reaching.count < candidates.count {
            guard resolution.confidence == .high else { return nil }
            path.confidence = min(path.confidence, .medium)
            path.caveat = "only some of the functions this call may run do I/O"
        }
        path.confidence = min(path.confidence, resolution.confidence)
        if resolution.confidence < .high, path.caveat == nil {
            path.caveat = "the function was found by its name and its receiver's name, not by a declared type"
        }
        return path
    }
}
