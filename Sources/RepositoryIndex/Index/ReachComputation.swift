import Foundation
import StaticScan

/// Which functions reach I/O, and how: directly (a catalog call in the body), as a query method
/// of a data-access type (`@Query`, a bodiless Spring Data method), or through the functions they
/// call, followed up to ``maximumDepth`` hops.
///
/// Worked out on demand and remembered: a scan asks about the calls its files make, so only the
/// functions those reach are resolved (a diff scan resolves the few its change calls, not every
/// call of the repository). The answers are those of rounds over every function: a function is
/// reached in round `k` by its first call (in body order) whose target was reached by round
/// `k - 1`, so the shortest way is kept and, among equally short ones, the first call's.
final class ReachComputation: @unchecked Sendable {
    static let maximumDepth = 6

    /// How a function is called: on the object it memoizes on (``FunctionSymbol/memoized`` work
    /// is then done once), or once on each of many objects, which redoes what it memoizes while
    /// its calls on other objects (`User.current`, `project.members`) keep their first answer.
    enum Calling: Int {
        case onTheSameObject = 0
        case onEachObject = 1
    }

    /// What is known of one function.
    private enum State {
        /// Reached in round `round` (0: directly), this way.
        case reached(round: Int, path: IOPath)
        /// Not reached by round `round`.
        case notBy(round: Int)
    }

    private struct ResolvedCall {
        var target: CallResolution.Resolution
        var name: String
        var onSameObject: Bool
    }

    /// Whether some function memoizes: when none does, both ways of calling answer alike.
    private let memoizes: Bool
    private let lock = NSLock()
    private var states: [[RepositoryIndex.FunctionKey: State]] = [[:], [:]]
    private var resolvedCalls: [RepositoryIndex.FunctionKey: [ResolvedCall]] = [:]
    private var queryAnnotations: [Language: Set<String>] = [:]

    init(files: [FileSymbols]) {
        memoizes = files.contains { $0.functions.contains { $0.memoized || $0.memoizedIO != nil } }
    }

    /// The way from the function at `key` to I/O, if it has one.
    func path(of key: RepositoryIndex.FunctionKey, in index: RepositoryIndex, calling: Calling) -> IOPath? {
        lock.lock()
        defer { lock.unlock() }
        return path(of: key, by: Self.maximumDepth, memoizes ? calling : .onTheSameObject, index)
    }

    /// The way from `key` to I/O when it is reached by round `bound`.
    private func path(
        of key: RepositoryIndex.FunctionKey, by bound: Int, _ calling: Calling, _ index: RepositoryIndex
    ) -> IOPath? {
        var state = states[calling.rawValue][key] ?? start(key, calling, index)
        states[calling.rawValue][key] = state
        // Each round's answer is kept before the next is asked, so a cycle back to `key` finds it.
        while case .notBy(let round) = state, round < bound {
            let next = round + 1
            state =
                viaCalls(key, round: next, calling, index).map { .reached(round: next, path: $0) }
                ?? .notBy(round: next)
            states[calling.rawValue][key] = state
        }
        guard case .reached(let round, let path) = state, round <= bound else { return nil }
        return path
    }

    /// Round 0: the function's own I/O; or nothing to follow; or its calls to follow.
    private func start(_ key: RepositoryIndex.FunctionKey, _ calling: Calling, _ index: RepositoryIndex)
        -> State
    {
        let file = index.files[key.file]
        let function = index.function(key)
        let hop = RelatedLocation(path: file.path, line: function.line, name: function.name)
        let onEach = calling == .onEachObject
        if function.memoized, !onEach { return .notBy(round: Self.maximumDepth) }
        if let io = function.directIO ?? (onEach ? function.memoizedIO : nil) {
            return .reached(
                round: 0,
                path: IOPath(
                    kind: io.kind, family: io.family,
                    hops: [hop, RelatedLocation(path: file.path, line: io.line, name: io.name)],
                    confidence: .high))
        }
        let family = LanguageFamily(file.language)
        if !queryAnnotations(of: file.language).isDisjoint(with: function.annotations)
            || (!function.hasBody
                && function.owner.map { index.dataAccessTypes[family]?.contains($0) ?? false } ?? false)
        {
            return .reached(
                round: 0,
                path: IOPath(
                    kind: CallResolution.writes(function.name) ? .dbWrite : .dbRead, family: "data-access",
                    hops: [hop], confidence: .high))
        }
        return .notBy(round: function.hasBody ? 0 : Self.maximumDepth)
    }

    /// The way through the first call whose target was reached by round `round - 1`.
    private func viaCalls(
        _ key: RepositoryIndex.FunctionKey, round: Int, _ calling: Calling, _ index: RepositoryIndex
    ) -> IOPath? {
        let file = index.files[key.file]
        let function = index.function(key)
        for call in calls(of: key, index) {
            let found: (RepositoryIndex.FunctionKey) -> IOPath? =
                calling == .onEachObject && !call.onSameObject
                ? { self.path(of: $0, by: Self.maximumDepth, .onTheSameObject, index) }
                : { self.path(of: $0, by: round - 1, calling, index) }
            guard var path = Self.path(of: call.target, called: call.name, reach: found, excluding: key)
            else {
                continue
            }
            path.hops.insert(
                RelatedLocation(path: file.path, line: function.line, name: function.name), at: 0)
            return path
        }
        return nil
    }

    /// The calls of `key` that resolve to something, in body order; each resolved once.
    private func calls(of key: RepositoryIndex.FunctionKey, _ index: RepositoryIndex) -> [ResolvedCall] {
        if let known = resolvedCalls[key] { return known }
        let file = index.files[key.file]
        let function = index.function(key)
        let family = LanguageFamily(file.language)
        let resolution = CallResolution(index: index)
        var resolved: [ResolvedCall] = []
        for reference in function.calls {
            let call = CallResolution.Call(
                name: reference.name, receiver: reference.receiver, onSelf: reference.onSelf,
                callerOwner: function.owner, callerPath: file.path, family: family)
            // Ruby calls a method of the object itself without `self.`.
            let onSameObject = reference.onSelf || (reference.receiver == nil && file.language == .ruby)
            if let target = resolution.resolve(call) {
                resolved.append(
                    ResolvedCall(target: target, name: reference.name, onSameObject: onSameObject))
            }
        }
        resolvedCalls[key] = resolved
        return resolved
    }

    private func queryAnnotations(of language: Language) -> Set<String> {
        if let known = queryAnnotations[language] { return known }
        let annotations = ModelFramework.of(language).reduce(into: Set<String>()) {
            $0.formUnion($1.queryAnnotations)
        }
        queryAnnotations[language] = annotations
        return annotations
    }

    /// The I/O path of a resolution: the first candidate (in path and line order) that reaches
    /// I/O. Candidates found by name alone must all reach it, or the call stays unresolved.
    static func path(
        of resolution: CallResolution.Resolution, called name: String,
        reach: (RepositoryIndex.FunctionKey) -> IOPath?, excluding caller: RepositoryIndex.FunctionKey? = nil
    ) -> IOPath? {
        if let type = resolution.dataAccessType {
            // The data-access type runs the method's query: its declaration is the I/O.
            return IOPath(
                kind: CallResolution.writes(name) ? .dbWrite : .dbRead, family: "data-access",
                hops: [RelatedLocation(path: type.path, line: type.line, name: "\(type.name).\(name)")],
                confidence: resolution.confidence)
        }
        let candidates = resolution.functions.filter { $0 != caller }
        let reaching = candidates.compactMap(reach)
        guard var path = reaching.first else { return nil }
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
