/// The shared check of the per-iteration rules (HF101–HF105): report every ``LoopCall`` of the
/// rule's kinds, with the family's own fix when there is one.
struct LoopCallCheck: Sendable {
    var kinds: Set<CallKind>
    /// What the call does, for the message: `runs a query`.
    var action: String
    /// Fix hints per catalog family (`django`, `activerecord`), else the rule's hint.
    var familyHints: [String: String] = [:]

    func findings(in file: AnalyzedFile, rule: RuleDescription) -> [Finding] {
        file.loopCalls.filter { kinds.contains($0.call.kind) }.map { item in
            let loop = file.loops[item.loop]
            var message =
                "`\(item.call.text)` \(action) on every iteration of the `\(loop.keyword)` loop on line \(loop.line)"
            var confidence = item.confidence
            if item.loop == file.implicitLoop, let site = file.renderedPerItem {
                message =
                    site.byNameOnly
                    ? "`\(item.call.text)` \(action) once per item if this partial is rendered per row, as its name says (no repository in view to confirm)"
                    : "`\(item.call.text)` \(action) once per item: this template is rendered once per item by \(site.path):\(site.line)"
                if site.byNameOnly { confidence = .low }
            }
            if item.runByIteration { message += " (the loop iterates a lazy query, which runs each time)" }
            if item.loopVariableFlows { message += "; it is called with the loop's variable" }
            return file.finding(
                rule, at: item.call.startToken, loop: item.loop, call: item.call.text,
                kind: item.call.kind, confidence: confidence, message: message + ".",
                hint: familyHints[item.call.family], sql: item.call.sql)
        }
    }
}
