/// Functions handed to an event registration (`el.addEventListener("change", e =>
/// this.handle(e))`, `emitter.on("data", …)`, `onChildEvent(el, sel, "click", () => …)`): they run
/// when the event fires, not where they are written, so a call inside one is neither the
/// enclosing function's I/O nor run per iteration of a loop around the registration. Factories
/// handed to a cache's get-or-set run only on a miss: the function's I/O is the cache lookup.
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

    /// Whether `token` lies in a function handed to an event registration or a cache factory: not
    /// run where it is written.
    public static func deferred(_ token: Int, in file: AnalyzedFile) -> Bool {
        let script = file.language == .javascript || file.language == .typescript
        return registration(around: token, in: file) {
            cacheFactories.contains($0) || (script && registrars.contains($0))
        } != nil
    }

    /// The token index of the `(` of the innermost event registration whose arguments hold
    /// `token`, if any (script files only).
    public static func registration(around token: Int, in file: AnalyzedFile) -> Int? {
        guard file.language == .javascript || file.language == .typescript else { return nil }
        return registration(around: token, in: file) { registrars.contains($0) }
    }

    /// The `(` of the innermost call named as `registers` accepts whose arguments hold `token`.
    private static func registration(
        around token: Int, in file: AnalyzedFile, where registers: (String) -> Bool
    ) -> Int? {
        let tokens = file.tokens
        return file.brackets.enclosingOpener(before: token, in: tokens, steps: 4000) {
            tokens[$0].is("(") && tokens[$0 - 1].kind == .identifier && registers(tokens[$0 - 1].text)
        }
    }
}
