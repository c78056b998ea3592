/// The shared check of the per-iteration rules (HF101–HF105): report every ``LoopCall`` of the
/// rule's kinds, with the family's own fix when there is one.
struct LoopCallCheck: Sendable {
    var kinds: Set<CallKind>
    /// What the call does, for the message: `runs a query`.
    var action: String
    /// Fix hints per catalog family (`django`, `activerecord`), else the rule's hint.
    var familyHints: [String: String] = [:]
    /// The rule's own judgement of a call's target (a Laravel disk's driver, …): the confidence
    /// to report at most, or nil to stay silent. Nil function: every call keeps its confidence.
    var target: (@Sendable (CallSite, AnalyzedFile) -> Confidence?)? = nil

    func findings(in file: AnalyzedFile, rule: RuleDescription) -> [Finding] {
        file.loopCalls.filter { kinds.contains($0.call.kind) }.compactMap { found in
            var item = found
            if let target {
                guard let ceiling = target(item.call, file) else { return nil }
                item.confidence = min(item.confidence, ceiling)
            }
            let loop = file.loops[item.loop]
            var message =
                "`\(item.call.text)` \(action) on every iteration of the `\(loop.keyword)` loop on line \(loop.line)"
            if let via = item.via {
                let path = via.path.map { name in
                    name.hasPrefix("render:") ? "`render(\"\(name.dropFirst(7))\")`" : "`\(name)`"
                }.joined(separator: " → ")
                message =
                    "`\(item.call.text)` \(action) on every iteration of the `\(loop.keyword)` loop on line \(loop.line): "
                    + "\(path) runs `\(via.call)` on line \(via.line)"
            }
            if file.isSerializerLoop(item.loop) {
                message =
                    "`\(item.call.text)` \(action) once per object serialized: `\(file.tokens[loop.header].text)` runs for every row of a list (`many=True`)"
            }
            if item.loop == file.implicitLoop, let site = file.renderedPerItem {
                message =
                    site.byNameOnly
                    ? "`\(item.call.text)` \(action) once per item if this partial is rendered per row, as its name says (no repository in view to confirm)"
                    : "`\(item.call.text)` \(action) once per item: this template is rendered once per item by \(site.path):\(site.line)"
                if site.byNameOnly { item.confidence = .low }
            }
            if item.runByIteration { message += " (the loop iterates a lazy query, which runs each time)" }
            if item.loopVariableFlows { message += "; it is called with the loop's variable" }
            if !item.call.via.isEmpty {
                let path = IOPath(
                    kind: item.call.kind, family: item.call.family, hops: item.call.via,
                    confidence: item.confidence)
                message += ", through the repository's own code: \(path.description)"
                if let caveat = item.call.viaCaveat { message += " (\(caveat))" }
            }
            return file.finding(
                rule, at: item.call.startToken, loop: item.loop, call: item.call.text,
                kind: item.call.kind, confidence: item.confidence, message: message + ".",
                hint: familyHints[item.call.family], sql: item.call.sql,
                via: item.call.via.isEmpty ? nil : item.call.via)
        }
    }
}
