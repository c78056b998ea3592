/// The shared, table-driven lexer: one forward pass over the UTF-8 bytes of a file.
///
/// Per-language knowledge lives in ``LexSpec`` (comments, identifiers) and in
/// `Lexer+Strings.swift` (string forms). The lexer never fails: unknown bytes become
/// punctuation, unterminated strings and comments end at the end of the file (or of the line for
/// single-line strings), and every step advances by at least one byte.
public struct Lexer {
    let language: Language
    let spec: LexSpec
    let bytes: [UInt8]
    var pos = 0
    var tokens: [Token] = []
    var comments: [Comment] = []
    var locator: LineLocator
    /// No token yet on the current physical line (and no backslash continuation into it).
    var freshLine = true
    var lineHasToken = false
    var indentCache: (lineStart: Int, indent: Int) = (-1, 0)
    /// Ruby heredocs whose bodies start on the next line: (token index, terminator, squiggly).
    var pendingHeredocs: [(token: Int, terminator: [UInt8])] = []
    /// PHP: outside `<?php … ?>`.
    var inHTML = false
    /// The byte offset of the first string literal that runs to the end of the file unclosed.
    var unterminatedString: Int? = nil

    /// Deepest nesting of interpolations followed inside strings; deeper ones are plain text.
    static let maxInterpolationDepth = 32

    init(language: Language, bytes: [UInt8]) {
        self.language = language
        self.spec = LexSpec.of(language)
        self.bytes = bytes
        self.locator = LineLocator(bytes: bytes)
    }

    /// Lexes `text` as `language`.
    public static func lex(_ text: String, language: Language) -> LexedFile {
        var lexer = Lexer(language: language, bytes: Array(text.utf8))
        lexer.run()
        var lexed = LexedFile(language: language, tokens: lexer.tokens, comments: lexer.comments)
        if let offset = lexer.unterminatedString {
            var locator = lexer.locator
            let place = locator.locate(offset)
            lexed.unterminatedString = (place.line, place.column)
        }
        return lexed
    }

    // MARK: - Main loop

    mutating func run() {
        if language == .php { inHTML = bytes.firstRange(of: Array("<?".utf8)) != nil }
        if bytes.starts(with: Array("#!".utf8)) { skipLineComment() }
        while pos < bytes.count {
            if inHTML {
                skipHTML()
                continue
            }
            let byte = bytes[pos]
            switch byte {
            case 0x0A:
                pos += 1
                freshLine = true
                lineHasToken = false
                if !pendingHeredocs.isEmpty { readHeredocBodies() }
            case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
                pos += 1
            case UInt8(ascii: "\\") where isLineContinuation(at: pos):
                pos += 1
                while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
                pos += 1
                freshLine = false
            default:
                if lexComment() || lexString() { continue }
                if language == .elixir, lexElixirCharacter() || lexElixirOperator() { continue }
                if language == .php, byte == UInt8(ascii: "?"), peek(1) == UInt8(ascii: ">") {
                    pos += 2
                    inHTML = true
                    continue
                }
                lexWordOrPunctuation()
            }
        }
    }

    func peek(_ distance: Int) -> UInt8 {
        let index = pos + distance
        return index < bytes.count && index >= 0 ? bytes[index] : 0
    }

    func matches(_ sequence: [UInt8], at index: Int) -> Bool {
        guard index + sequence.count <= bytes.count else { return false }
        for (offset, byte) in sequence.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private func isLineContinuation(at index: Int) -> Bool {
        var next = index + 1
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        return next < bytes.count && bytes[next] == 0x0A
    }

    // MARK: - Emitting

    mutating func emit(
        _ kind: Token.Kind, from start: Int, to end: Int, text: String? = nil, delimiter: UInt8 = 0
    ) {
        let place = locator.locate(start)
        if indentCache.lineStart != place.lineStart {
            indentCache = (place.lineStart, locator.indent(ofLineAt: place.lineStart))
        }
        let tokenText =
            text ?? String(decoding: bytes[start..<max(start, min(end, bytes.count))], as: UTF8.self)
        tokens.append(
            Token(
                kind: kind, text: tokenText, offset: start, line: place.line, column: place.column,
                startsLine: freshLine, indent: indentCache.indent, delimiter: delimiter))
        freshLine = false
        lineHasToken = true
    }

    mutating func emitComment(from start: Int, to end: Int) {
        let place = locator.locate(start)
        let text = String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
        comments.append(
            Comment(
                text: text, offset: start, line: place.line, column: place.column,
                trailing: lineHasToken))
    }

    // MARK: - PHP template text

    private mutating func skipHTML() {
        guard let open = bytes[pos...].firstRange(of: Array("<?".utf8)) else {
            pos = bytes.count
            return
        }
        pos = open.upperBound
        if matches(Array("php".utf8), at: pos) {
            pos += 3
        } else if peek(0) == UInt8(ascii: "=") {
            pos += 1
        }
        inHTML = false
    }
}
