/// A loop found in a file: a statement loop, a comprehension, or a callback passed to an
/// iterating method (`forEach`, `map`, `each do`, `Select`).
///
/// Token positions are indices into the file's ``Token`` array.
public struct Loop: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// `for x in xs`, `for (T x : xs)`, `foreach`, Go `range`.
        case forEach
        /// `for (i = 0; i < n; i++)`.
        case counting
        /// `while cond`, `until cond`, Go `for cond`.
        case whileLoop
        /// `do { } while (cond)`, `repeat { } while cond`.
        case doWhile
        /// `while True`, `loop do`, Go `for {}`.
        case infinite
        /// A function literal passed to an iterating method: `xs.map(x => …)`, `xs.each do |x|`.
        case callback
        /// A comprehension or generator expression.
        case comprehension
    }

    public var kind: Kind
    /// The loop's keyword or method as written (`for`, `while`, `forEach`, `each`, `Select`).
    public var keyword: String
    /// Index of the keyword or method-name token: the loop's header.
    public var header: Int
    public var line: Int
    public var column: Int
    /// The iterated expression (`xs` in `for x in xs`, the receiver of `xs.map`), or the condition
    /// of a `while`/`do-while`/counting loop. Nil for infinite loops.
    public var iterable: Range<Int>?
    /// Names the loop binds per iteration (`x`, `k, v`, `$0`, `it`).
    public var variables: [String]
    /// The token ranges that run once per iteration (a comprehension's element and conditions are
    /// two ranges; a statement loop's block is one).
    public var body: [Range<Int>]

    /// Whether `token` runs once per iteration of this loop.
    public func contains(_ token: Int) -> Bool {
        body.contains { $0.contains(token) }
    }

    /// The first and last token of the loop's body, as one range.
    public var span: Range<Int> {
        guard let first = body.first, let last = body.last else { return header..<header }
        return first.lowerBound..<max(first.lowerBound, last.upperBound)
    }
}
