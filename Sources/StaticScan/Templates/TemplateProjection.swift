/// A template rewritten as source of its host language with every line and column unchanged:
/// template text is blanked with spaces, code and expressions are kept, and the template's own
/// loops and includes are listed so the scanner can treat them as host loops and calls.
///
/// ```
/// {% for c in post.comments.all %}      →       for c in post.comments.all
///   <li>{{ c.author.name|upper }}</li>  →           c.author.name
/// {% endfor %}                          →
/// ```
public struct TemplateProjection: Sendable {
    public var dialect: TemplateDialect
    /// The host-language text, line for line and column for column the template's positions.
    public var text: String
    /// Loops written as template tags (`{% for %}`, `@foreach`), by byte offsets into ``text``.
    public var loops: [TemplateLoop]
    /// Partials the template renders (`{% include %}`, `@include`, `render partial:`).
    public var includes: [TemplateInclude]
    /// Byte offsets into ``text`` of attribute names the template engine calls without
    /// parentheses (Django's `post.comments.count`).
    public var implicitCalls: Set<Int>
    /// The template's own comments (`{# #}`, `<%# %>`, `{{-- --}}`, `@* *@`), at their template
    /// positions: blank in ``text``, but read for `hundredfold:ignore`.
    public var comments: [Comment]
    /// ActiveRecord association names the repository declares, when known (see
    /// ``PerItemTemplates/rubyAssociations``); nil trusts the shape `post.comments.count` alone.
    public var associations: Set<String>? = nil
    /// For a template rendered per item: the names holding the item (see
    /// ``PerItemTemplates/itemNames(of:)``), set by the scanner.
    public var itemNames: Set<String> = []

    /// Projects `source` written in `dialect`.
    public static func project(_ source: String, dialect: TemplateDialect) -> TemplateProjection {
        var builder = ProjectionBuilder(source: source)
        switch dialect {
        case .erb: builder.projectERB()
        case .haml: builder.projectIndentedRuby(slim: false)
        case .slim: builder.projectIndentedRuby(slim: true)
        case .django: builder.projectDjango()
        case .blade: builder.projectBlade()
        case .razor: builder.projectRazor()
        }
        return builder.build(dialect: dialect)
    }
}

/// A loop written as a template tag, by byte offsets into the projected text.
public struct TemplateLoop: Sendable, Equatable {
    /// Where the loop keyword kept in the projection starts (`for`, `foreach`).
    public var keyword: Int
    public var keywordText: String
    /// `forEach` for `{% for %}`/`@foreach`, `counting` for `@for`, `whileLoop` for `@while`.
    public var kind: Loop.Kind = .forEach
    /// The iterated expression (or the condition of a `while`/counting loop).
    public var iterable: Range<Int>?
    public var variables: [String]
    /// From the end of the opening tag to the start of the closing tag.
    public var body: Range<Int>
}

/// A partial rendered by a template.
public struct TemplateInclude: Sendable, Equatable {
    /// The partial's name as written (`wagtailadmin/shared/_row.html`, `entities.list-item`, `item`).
    public var name: String
    /// Byte offset in the projected text of a token kept for the include (its name string or call).
    public var offset: Int
    /// True when the include renders once per item by itself (`render partial:, collection:`,
    /// Blade `@each`), inside a loop or not.
    public var perItem: Bool
    /// 1-based line of the include in the template.
    public var line: Int
}

/// Builds a projection: every byte starts blank and is kept or rewritten by the dialect's pass.
struct ProjectionBuilder {
    let source: [UInt8]
    /// The projected bytes (before blanking): the source with same-length rewrites.
    var output: [UInt8]
    var kept: [Bool]
    var loops: [TemplateLoop] = []
    var includes: [TemplateInclude] = []
    var implicitCalls: Set<Int> = []
    /// Source ranges of template comments, markers included.
    var commentRanges: [Range<Int>] = []

    init(source: String) {
        self.source = Array(source.utf8)
        output = self.source
        kept = Array(repeating: false, count: self.source.count)
    }

    // MARK: - Editing

    /// Keeps the source bytes of `range` as code.
    mutating func keep(_ range: Range<Int>) {
        for index in range.clamped(to: 0..<source.count) { kept[index] = true }
    }

    /// Writes ASCII `text` over the bytes at `offset` (same length) and keeps it.
    mutating func write(_ text: String, at offset: Int) {
        for (index, byte) in text.utf8.enumerated() where offset + index < source.count {
            output[offset + index] = byte
            kept[offset + index] = true
        }
    }

    /// Blanks `range` again (a filter, a keyword the host must not see).
    mutating func blank(_ range: Range<Int>) {
        for index in range.clamped(to: 0..<source.count) { kept[index] = false }
    }

    // MARK: - Reading

    func byte(_ index: Int) -> UInt8 { index >= 0 && index < source.count ? source[index] : 0 }

    func matches(_ text: String, at index: Int) -> Bool {
        var offset = index
        for byte in text.utf8 {
            guard offset < source.count, source[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// The first index at or after `from` where `text` starts, or nil.
    func find(_ text: String, from: Int, before limit: Int? = nil) -> Int? {
        let pattern = Array(text.utf8)
        guard let first = pattern.first else { return nil }
        let end = min(limit ?? source.count, source.count) - pattern.count
        var index = max(from, 0)
        while index <= end {
            if source[index] == first, matches(text, at: index) { return index }
            index += 1
        }
        return nil
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: source[range.clamped(to: 0..<source.count)], as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte >= 0x80
    }

    /// `range` without leading and trailing whitespace.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(byte(lower)) { lower += 1 }
        while upper > lower, Self.isSpace(byte(upper - 1)) { upper -= 1 }
        return lower..<upper
    }

    /// The identifier starting at `index` (letters, digits, `_`), possibly empty.
    func word(at index: Int) -> Range<Int> {
        var end = index
        while end < source.count, Self.isWordByte(source[end]) { end += 1 }
        return index..<end
    }

    /// The 1-based line of `offset`.
    func line(of offset: Int) -> Int {
        var line = 1
        for index in 0..<min(offset, source.count) where source[index] == 0x0A { line += 1 }
        return line
    }

    /// Index of the bracket closing the one at `open` (`(`, `[`, `{`), skipping quoted strings;
    /// nil when it is not closed before `limit`.
    func closing(_ open: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? source.count, source.count)
        var depth = 0
        var index = open
        while index < end {
            let current = source[index]
            switch current {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return index }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index += 1
                while index < end, source[index] != current {
                    if source[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    // MARK: - Result

    /// The projected text: kept bytes as written, every other character one space (one per
    /// Unicode scalar, so columns stay), line breaks and tabs kept.
    func build(dialect: TemplateDialect) -> TemplateProjection {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var map = Array(repeating: 0, count: source.count + 1)
        for index in source.indices {
            map[index] = bytes.count
            let original = source[index]
            if kept[index] {
                bytes.append(output[index])
            } else if original == 0x0A || original == 0x09 {
                bytes.append(original)
            } else if original & 0xC0 != 0x80 {
                bytes.append(0x20)
            }
        }
        map[source.count] = bytes.count
        var locator = LineLocator(bytes: source)
        let comments = commentRanges.sorted { $0.lowerBound < $1.lowerBound }.map { range in
            let place = locator.locate(range.lowerBound)
            return Comment(
                text: string(range), offset: map[range.lowerBound], line: place.line, column: place.column,
                trailing: false)
        }
        let remap = { (range: Range<Int>) in map[range.lowerBound]..<map[range.upperBound] }
        return TemplateProjection(
            dialect: dialect, text: String(decoding: bytes, as: UTF8.self),
            loops: loops.map { loop in
                TemplateLoop(
                    keyword: map[loop.keyword], keywordText: loop.keywordText, kind: loop.kind,
                    iterable: loop.iterable.map(remap), variables: loop.variables, body: remap(loop.body))
            },
            includes: includes.map { include in
                var moved = include
                moved.offset = map[include.offset]
                return moved
            },
            implicitCalls: Set(implicitCalls.map { map[$0] }), comments: comments)
    }
}
