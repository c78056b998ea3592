// MARK: - Loops over the components a dependency-injection container registered

extension LoopInspector {
    /// Annotations of a class a JVM container creates and injects (Spring, Jakarta CDI, Micronaut).
    static let injectedClassAnnotations: Set<String> = [
        "@Service", "@Component", "@Controller", "@RestController", "@Configuration", "@Named", "@Singleton",
        "@ApplicationScoped", "@RequestScoped",
    ]
    /// Collection types a JVM container fills with every registered bean of the element type.
    static let injectedCollectionTypes: Set<String> = ["List", "Collection", "Set", "Iterable"]

    /// A collection the container injected into a managed class: Spring's
    /// `class SeriesMetadataLifecycle(private val providers: List<SeriesMetadataProvider>)` in a
    /// `@Service`, Java's `private final List<Handler> handlers;` — as many as the application
    /// registers, not as the data holds.
    func isInjectedComponents(_ range: Range<Int>) -> Bool {
        guard file.language == .kotlin || file.language == .java else { return false }
        let tokens = file.tokens
        var range = range.clamped(to: 0..<tokens.count)
        if range.count == 3, tokens[range.lowerBound].is("this"), tokens[range.lowerBound + 1].is(".") {
            range = (range.lowerBound + 2)..<range.upperBound
        }
        guard range.count == 1, tokens[range.lowerBound].kind == .identifier else { return false }
        let name = tokens[range.lowerBound].text
        guard
            tokens.contains(where: {
                $0.kind == .identifier && Self.injectedClassAnnotations.contains($0.text)
            })
        else { return false }
        return tokens.indices.contains { isCollectionDeclaration(of: name, at: $0) }
    }

    /// A property the container sets at `index`: Kotlin `val name: List<T>` in a primary
    /// constructor (followed by `,` or `)`), Java `final List<T> name;` (a field the constructor sets).
    private func isCollectionDeclaration(of name: String, at index: Int) -> Bool {
        let tokens = file.tokens
        guard tokens[index].kind == .identifier, tokens[index].text == name, index >= 1 else { return false }
        if file.language == .kotlin {
            guard index + 3 < tokens.count, tokens[index - 1].is("val") || tokens[index - 1].is("var"),
                tokens[index + 1].is(":"), Self.injectedCollectionTypes.contains(tokens[index + 2].text),
                tokens[index + 3].is("<"), let close = closingAngle(after: index + 3),
                close + 1 < tokens.count
            else { return false }
            return tokens[close + 1].is(",") || tokens[close + 1].is(")")
        }
        guard index + 1 < tokens.count, tokens[index + 1].is(";"), tokens[index - 1].is(">") else {
            return false
        }
        var cursor = index - 1
        while cursor > 0, index - cursor < 16, !tokens[cursor].is("<") { cursor -= 1 }
        guard cursor >= 2, tokens[cursor].is("<"),
            Self.injectedCollectionTypes.contains(tokens[cursor - 1].text)
        else { return false }
        return tokens[max(0, cursor - 3)..<(cursor - 1)].contains { $0.is("final") }
    }

    /// The `>` closing the type arguments opened at `open`, within a few tokens.
    private func closingAngle(after open: Int) -> Int? {
        let tokens = file.tokens
        var depth = 0
        for index in open..<min(tokens.count, open + 24) {
            if tokens[index].is("<") { depth += 1 }
            if tokens[index].is(">") { depth -= 1 }
            if tokens[index].is(">>") { depth -= 2 }
            if depth <= 0 { return index }
        }
        return nil
    }
}
