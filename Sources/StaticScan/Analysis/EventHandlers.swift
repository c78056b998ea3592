/// Functions handed to an event registration (`el.addEventListener("change", e =>
/// this.handle(e))`, `emitter.on("data", …)`, `onChildEvent(el, sel, "click", () => …)`): they run
/// when the event fires, not where they are written, so a call inside one is neither the
/// enclosing function's I/O nor run per iteration of a loop around the registration. Factories
/// handed to a cache's get-or-set run only on a miss: the function's I/O is the cache lookup. A
/// closure a function returns runs where its caller invokes it.
public enum EventHandlers {
    /// Calls that register an event handler.
    static let registrars: Set<String> = [
        "addEventListener", "addListener", "prependListener", "on", "once", "onChildEvent",
    ]

    /// Cache calls that run the function they are given only on a miss.
    static let cacheFactories: Set<String> = [
        "GetOrSet", "GetOrSetAsync", "GetOrCreate", "GetOrCreateAsync", "remember", "rememberForever",
        "get_or_set",
    ]

    /// Languages whose functions return a closure as `return (args) => { … }` (`->` in Java).
    static let returnedClosureLanguages: Set<Language> = [.csharp, .javascript, .typescript, .java]

    /// Whether `token` lies in a function handed to an event registration or a cache factory, or
    /// in a closure its function returns (`return async (connection, transaction) => { … }`): not
    /// run where it is written.
    public static func deferred(_ token: Int, in file: AnalyzedFile) -> Bool {
        let script = file.language == .javascript || file.language == .typescript
        return registration(around: token, in: file) {
            cacheFactories.contains($0) || (script && registrars.contains($0))
        } != nil || inReturnedClosure(token, in: file)
    }

    /// Whether `token` is in the braced body of a closure that a `return` hands back.
    private static func inReturnedClosure(_ token: Int, in file: AnalyzedFile) -> Bool {
        guard returnedClosureLanguages.contains(file.language) else { return false }
        return file.brackets.enclosingOpener(before: token, in: file.tokens, steps: 4000) { open in
            file.tokens[open].is("{") && isReturnedClosureArrow(open - 1, in: file)
        } != nil
    }

    /// Whether the token at `arrow` is the `=>`/`->` of a closure with a braced body that a
    /// `return` hands back: `return async (connection, transaction) => {`, `return x -> {`.
    private static func isReturnedClosureArrow(_ arrow: Int, in file: AnalyzedFile) -> Bool {
        let tokens = file.tokens
        guard arrow >= 2, arrow + 1 < tokens.count, tokens[arrow].is("=>") || tokens[arrow].is("->"),
            tokens[arrow + 1].is("{")
        else { return false }
        var head = arrow - 1
        if tokens[head].is(")"), let parameters = file.brackets.partner(of: head) { head = parameters }
        if head >= 1, tokens[head - 1].is("async") { head -= 1 }
        return head >= 1 && tokens[head - 1].is("return")
    }

    /// The token index of the `(` of the innermost event registration whose arguments hold
    /// `token`, if any (script files only).
    public static func registration(around token: Int, in file: AnalyzedFile) -> Int? {
        guard file.language == .javascript || file.language == .typescript else { return nil }
        return registration(around: token, in: file) { registrars.contains($0) }
    }

    /// Whether `file` names any event registration or cache factory, or returns a closure (else
    /// nothing in it is ``deferred(_:in:)``).
    public static func mayDefer(_ file: AnalyzedFile) -> Bool {
        let script = file.language == .javascript || file.language == .typescript
        let closures = returnedClosureLanguages.contains(file.language)
        return file.tokens.indices.contains { index in
            let token = file.tokens[index]
            return token.kind == .identifier
                ? cacheFactories.contains(token.text) || (script && registrars.contains(token.text))
                : closures && isReturnedClosureArrow(index, in: file)
        }
    }

    /// The `(` of the innermost call named as `registers` accepts whose arguments hold `token`;
    /// the call may name type arguments (`cache.GetOrSetAsync<User?>(…)`).
    private static func registration(
        around token: Int, in file: AnalyzedFile, where registers: (String) -> Bool
    ) -> Int? {
        let tokens = file.tokens
        return file.brackets.enclosingOpener(before: token, in: tokens, steps: 4000) {
            guard tokens[$0].is("("), let name = calledName(before: $0, in: tokens) else { return false }
            return registers(tokens[name].text)
        }
    }

    /// The name called with the `(` at `open`, over type arguments between them.
    private static func calledName(before open: Int, in tokens: [Token]) -> Int? {
        var cursor = open - 1
        if cursor > 0, tokens[cursor].is(">") || tokens[cursor].is(">>") {
            var depth = 0
            while cursor > 0, open - cursor < 24 {
                if tokens[cursor].is(">") { depth += 1 }
                if tokens[cursor].is(">>") { depth += 2 }
                if tokens[cursor].is("<") { depth -= 1 }
                if depth == 0 { break }
                cursor -= 1
            }
            cursor -= 1
        }
        return cursor >= 0 && tokens[cursor].kind == .identifier ? cursor : nil
    }
}
