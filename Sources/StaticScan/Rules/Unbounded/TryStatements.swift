/// A `try`/`begin`/`do` statement: its protected block and its handlers (`except`, `rescue`,
/// `catch`), as token ranges.
struct TryStatement {
    var block: Range<Int>
    var handlers: [Range<Int>]
}

/// Finds the try statements of one loop body and reads their handlers.
struct TryStatements {
    let file: AnalyzedFile

    private var tokens: [Token] { file.tokens }

    /// Words that leave a handler for good (the rethrow or give-up of a bounded retry).
    var exitWords: Set<String> {
        switch file.language {
        case .python: ["raise", "return", "break"]
        case .ruby: ["raise", "return", "break", "retry"]
        default: ["throw", "return", "break"]
        }
    }

    /// The try statements whose keyword runs directly in loop `index`.
    func statements(inLoop index: Int) -> [TryStatement] {
        let loop = file.loops[index]
        var result: [TryStatement] = []
        for range in loop.body {
            for token in range.clamped(to: 0..<tokens.count) where file.loop(containing: token) == index {
                switch file.language {
                case .python:
                    if tokens[token].is("try"), let found = indented(at: token, handler: "except") {
                        result.append(found)
                    }
                case .ruby:
                    if tokens[token].is("begin"), let found = indented(at: token, handler: "rescue") {
                        result.append(found)
                    }
                case .swift: if tokens[token].is("do"), let found = braced(at: token) { result.append(found) }
                default: if tokens[token].is("try"), let found = braced(at: token) { result.append(found) }
                }
            }
        }
        // Ruby `loop do … rescue … end`: the block itself is protected.
        if file.language == .ruby, result.isEmpty, let body = loop.body.first,
            let rescue = body.first(where: {
                tokens[$0].is("rescue") && tokens[$0].startsLine && file.loop(containing: $0) == index
            })
        {
            result.append(
                TryStatement(
                    block: body.lowerBound..<rescue,
                    handlers: [rescue..<dedent(after: rescue, indent: tokens[rescue].indent)]))
        }
        return result
    }

    /// Whether `handler` always leaves (a `raise`/`throw`/`return`/`break` not under a condition).
    func exitsUnconditionally(_ handler: Range<Int>) -> Bool {
        let words = exitWords
        switch file.language {
        case .python, .ruby:
            let headerLine = tokens[handler.lowerBound].line
            guard let first = handler.first(where: { tokens[$0].line > headerLine }) else {
                return handler.contains { words.contains(tokens[$0].text) && tokens[$0].kind == .identifier }
            }
            let inline = handler.prefix { tokens[$0].line == headerLine }
            if inline.contains(where: { words.contains(tokens[$0].text) && tokens[$0].kind == .identifier }) {
                return true
            }
            let indent = tokens[first].indent
            return handler.contains {
                words.contains(tokens[$0].text) && tokens[$0].startsLine && tokens[$0].indent == indent
            }
        default:
            guard let open = handler.first(where: { tokens[$0].is("{") }),
                let close = file.brackets.partner(of: open)
            else { return false }
            var cursor = open + 1
            while cursor < close {
                if tokens[cursor].is("{"), let inner = file.brackets.partner(of: cursor), inner > cursor {
                    cursor = inner + 1
                    continue
                }
                if tokens[cursor].kind == .identifier, words.contains(tokens[cursor].text),
                    [";", "{", "}"].contains(tokens[cursor - 1].text)
                        || tokens[cursor].startsLine && !tokens[cursor - 1].is(")")
                {
                    return true
                }
                cursor += 1
            }
            return false
        }
    }

    /// Exceptions that end an iteration or skip an element rather than report a failed call.
    static let controlFlowErrors: Set<String> = [
        "StopIteration", "StopAsyncIteration", "KeyError", "IndexError", "InterruptedError", "EOFError",
        "BlockingIOError", "KeyboardInterrupt", "UnicodeDecodeError", "NoSuchElementException",
        "EOFException",
        "InterruptedException", "NoMethodError", "IndexOutOfBoundsException", "KeyNotFoundException",
        // Deterministic errors: trying again cannot help, so a loop catching them is probing, not retrying.
        "TypeError", "AttributeError", "ImportError", "ModuleNotFoundError", "NameError",
        "NotImplementedError",
        "ClassNotFound", "LookupError", "UnicodeError", "ValueError", "OverflowError", "ZeroDivisionError",
        "AssertionError", "NumberFormatException", "ClassNotFoundException", "FormatException",
        "ArgumentError",
        "NoSuchMethodException", "IllegalArgumentException", "SyntaxError", "JSONDecodeError",
    ]
    /// Calls that read the next element of a stream: a loop around them walks the stream.
    static let streamReads: Set<String> = [
        "next", "readline", "readlines", "read", "recv", "recv_into", "recvfrom", "accept", "pop", "popleft",
        "get_nowait", "receive", "raw_input", "input", "readLine", "nextLine", "Next", "Read", "ReadLine",
        "poll",
        "take", "dequeue", "getline", "iterkeys", "gets", "shift", "cmdloop",
    ]

    /// The handler names only exceptions of ``controlFlowErrors``.
    func catchesControlFlow(_ handler: Range<Int>) -> Bool {
        let line = tokens[handler.lowerBound].line
        let named = handler.prefix { tokens[$0].line == line && !tokens[$0].is("{") }
            .filter { tokens[$0].kind == .identifier && tokens[$0].text.first?.isUppercase == true }
            .map { tokens[$0].text }
        return !named.isEmpty && named.allSatisfy(Self.controlFlowErrors.contains)
    }

    /// The loop reads the next element of a stream (`next(it)`, `sock.recv()`) in `tokens`.
    func advancesStream(_ indices: [Int]) -> Bool {
        indices.contains { index in
            tokens[index].kind == .identifier && Self.streamReads.contains(tokens[index].text)
                && index + 1 < tokens.count && tokens[index + 1].is("(")
        }
    }

    /// `exit` leaves the block whatever happens: it is not under an `if` inside the block.
    func isUnconditional(_ exit: Int, in block: Range<Int>) -> Bool {
        switch file.language {
        case .python, .ruby:
            guard let first = block.first(where: { tokens[$0].startsLine }) else { return true }
            if file.language == .ruby, exit + 1 < tokens.count, tokens[exit + 1].line == tokens[exit].line,
                tokens[exit + 1].is("if") || tokens[exit + 1].is("unless")
            {
                return false
            }
            return tokens[exit].startsLine && tokens[exit].indent == tokens[first].indent
        default:
            var cursor = block.lowerBound
            while cursor < exit {
                if tokens[cursor].is("{"), let close = file.brackets.partner(of: cursor), close > cursor {
                    if close > exit { return false }
                    cursor = close
                }
                cursor += 1
            }
            if exit == block.lowerBound || [";", "{", "}"].contains(tokens[exit - 1].text) { return true }
            guard tokens[exit].startsLine else { return false }
            // `if (done)⏎ break` has no braces; `upload(file)⏎ break` ends a call.
            guard tokens[exit - 1].is(")"), let open = file.brackets.partner(of: exit - 1), open > 0 else {
                return true
            }
            return !["if", "while", "for", "else", "foreach"].contains(tokens[open - 1].text)
        }
    }

    // MARK: - Shapes

    /// Python `try:` … `except …:` …, Ruby `begin` … `rescue` … `end`, by indentation.
    private func indented(at opener: Int, handler word: String) -> TryStatement? {
        let indent = tokens[opener].indent
        let blockEnd = dedent(after: opener, indent: indent)
        var handlers: [Range<Int>] = []
        var cursor = blockEnd
        while cursor < tokens.count, tokens[cursor].is(word), tokens[cursor].indent == indent {
            let end = dedent(after: cursor, indent: indent)
            handlers.append(cursor..<end)
            cursor = end
        }
        return handlers.isEmpty ? nil : TryStatement(block: (opener + 1)..<blockEnd, handlers: handlers)
    }

    /// The first token after `start`'s line that starts a line at `indent` or less.
    private func dedent(after start: Int, indent: Int) -> Int {
        var cursor = start + 1
        while cursor < tokens.count, !(tokens[cursor].startsLine && tokens[cursor].indent <= indent) {
            cursor += 1
        }
        return cursor
    }

    /// `try { … } catch (…) { … }`, Java `try (resources) { … }`, Swift `do { … } catch … { … }`.
    private func braced(at opener: Int) -> TryStatement? {
        var open = opener + 1
        if open < tokens.count, tokens[open].is("("), let close = file.brackets.partner(of: open) {
            open = close + 1
        }
        guard open < tokens.count, tokens[open].is("{"), let close = file.brackets.partner(of: open) else {
            return nil
        }
        var handlers: [Range<Int>] = []
        var cursor = close + 1
        while cursor < tokens.count, tokens[cursor].is("catch") {
            var brace = cursor + 1
            while brace < tokens.count, !tokens[brace].is("{"), brace - cursor < 40 {
                if tokens[brace].is("("), let end = file.brackets.partner(of: brace) { brace = end }
                brace += 1
            }
            guard brace < tokens.count, tokens[brace].is("{"), let end = file.brackets.partner(of: brace)
            else { break }
            handlers.append(cursor..<(end + 1))
            cursor = end + 1
        }
        return handlers.isEmpty ? nil : TryStatement(block: (open + 1)..<close, handlers: handlers)
    }
}
