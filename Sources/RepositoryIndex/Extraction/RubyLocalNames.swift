import StaticScan

/// The names a Ruby method binds itself: its parameters, its block parameters (`|user, i|`) and
/// the locals it assigns (`user = …`, `user ||= …`). A bare read of one of them is no read of the
/// model's own attribute or association (`def visible?(user = nil) … user.admin?`).
enum RubyLocalNames {
    static func of(_ function: FunctionSpan, in file: AnalyzedFile) -> Set<String> {
        let tokens = file.tokens
        var names: Set<String> = []
        // `def x(a, b = 1)`, or `def x a, b` to the end of its line.
        let parameters =
            function.parameters
            ?? ((function.nameToken + 1)..<(tokens[(function.nameToken + 1)...].firstIndex(
                where: \.startsLine)
                ?? tokens.count))
        names.formUnion(declaredNames(in: parameters, file: file))
        let body = function.body.clamped(to: 0..<tokens.count)
        var blockParameters = false
        for index in body where tokens[index].kind != .string {
            if file.isPunctuation(index, "|") {
                // `do |a, b|`, `{ |a| … }`: the bars right after a block opens.
                let opensBlock =
                    index > 0 && (tokens[index - 1].is("do") || file.isPunctuation(index - 1, "{"))
                blockParameters = blockParameters ? false : opensBlock
                continue
            }
            guard file.isIdentifier(index), !tokens.isMemberAccess(at: index - 1, in: .ruby) else { continue }
            if blockParameters || assignsLocal(at: index, in: file) { names.insert(tokens[index].text) }
        }
        return names
    }

    /// Identifiers of a parameter list that name parameters (`a`, `b:`, `*rest`, `&block`; the
    /// lexer keeps `*` and `&` apart), not defaults.
    private static func declaredNames(in range: Range<Int>, file: AnalyzedFile) -> Set<String> {
        var names: Set<String> = []
        var expectingName = true
        for index in range.clamped(to: 0..<file.tokens.count) {
            if file.isPunctuation(index, ",") {
                expectingName = true
            } else if expectingName, file.isIdentifier(index) {
                names.insert(file.tokens[index].text)
                expectingName = false
            } else if !["*", "**", "&"].contains(file.tokens[index].text) {
                expectingName = false
            }
        }
        return names
    }

    /// `name = …`, `name ||= …`, `name += …` (not `name == …`, not `obj.name = …`).
    private static func assignsLocal(at index: Int, in file: AnalyzedFile) -> Bool {
        guard index + 1 < file.tokens.count, file.tokens[index + 1].kind == .punctuation else { return false }
        let next = file.tokens[index + 1].text
        if next == "=" { return true }
        if ["||=", "&&=", "+=", "-=", "<<="].contains(next) { return true }
        return next == "||" && file.isPunctuation(index + 2, "=")
    }
}
