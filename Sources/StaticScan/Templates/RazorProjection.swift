// MARK: - Razor: `@expr`, `@(expr)`, `@{ code }`, `@foreach (…) { … }`, `@* comment *@`

extension ProjectionBuilder {
    private static let razorStatements: Set<String> = [
        "foreach", "for", "while", "if", "switch", "using", "lock", "do", "try",
    ]
    private static let razorCodeBlocks: Set<String> = ["code", "functions"]
    private static let razorLineDirectives: Set<String> = [
        "model", "using", "page", "layout", "namespace", "inherits", "addTagHelper", "removeTagHelper",
        "tagHelperPrefix", "implements", "attribute", "rendermode", "typeparam", "preservewhitespace",
    ]
    private static let razorPartials = [
        "PartialAsync", "RenderPartialAsync", "RenderPartial", "Partial", "InvokeAsync",
    ]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    mutating func projectRazor() {
        _ = razorMarkup(0..<source.count)
    }

    /// Markup: blanked, except what follows `@`. Returns where it stopped (past `range` when a
    /// block that started inside it ends later).
    private mutating func razorMarkup(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound {
            let current = byte(index)
            if current == UInt8(ascii: "<"), matches("<partial", at: index) {
                recordRazorTagPartial(at: index, limit: range.upperBound)
            }
            guard current == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            let next = byte(index + 1)
            if next == UInt8(ascii: "*") {
                let end = min((find("*@", from: index + 2) ?? source.count) + 2, source.count)
                commentRanges.append(index..<end)
                index = end
                continue
            }
            if next == UInt8(ascii: "@") || (index > 0 && Self.isWordByte(byte(index - 1))) {
                index += 2
                continue
            }
            if next == UInt8(ascii: ":") {
                index += 2
                continue
            }
            if next == UInt8(ascii: "{"), let close = razorBrace(index + 1) {
                razorCode((index + 2)..<close)
                index = close + 1
                continue
            }
            if next == UInt8(ascii: "("), let close = closing(index + 1) {
                keep((index + 1)..<(close + 1))
                index = close + 1
                continue
            }
            let nameRange = word(at: index + 1)
            let name = string(nameRange)
            guard !name.isEmpty else {
                index += 1
                continue
            }
            if Self.razorStatements.contains(name) {
                index = razorStatement(nameRange)
            } else if Self.razorCodeBlocks.contains(name), let open = nextNonSpace(nameRange.upperBound),
                byte(open) == UInt8(ascii: "{"), let close = razorBrace(open)
            {
                razorCode((open + 1)..<close)
                index = close + 1
            } else if name == "section", let open = find("{", from: nameRange.upperBound),
                let close = razorBrace(open)
            {
                index = max(razorMarkup((open + 1)..<close), close + 1)
            } else if Self.razorLineDirectives.contains(name) {
                index = find("\n", from: index) ?? source.count
            } else if name == "inject" {
                let end = find("\n", from: index) ?? source.count
                keep(nameRange.upperBound..<end)
                index = end
            } else {
                index = razorImplicitExpression(from: nameRange.lowerBound)
            }
        }
        return index
    }

    /// `@foreach (…) { … }` and the like, with `else`/`catch`/`finally` blocks; returns the
    /// index after the last block.
    private mutating func razorStatement(_ nameRange: Range<Int>) -> Int {
        var cursor = nameRange.upperBound
        keep(nameRange)
        if let open = nextNonSpace(cursor), byte(open) == UInt8(ascii: "("), let close = closing(open) {
            keep(open..<(close + 1))
            cursor = close + 1
        }
        while let open = nextNonSpace(cursor), byte(open) == UInt8(ascii: "{"), let close = razorBrace(open) {
            keep(open..<(open + 1))
            razorCode((open + 1)..<close)
            keep(close..<(close + 1))
            cursor = close + 1
            // `else if (…) {`, `else {`, `catch (…) {`, `finally {`, `while (…);` after `do`.
            guard let following = nextNonSpace(cursor) else { break }
            let word = word(at: following)
            guard ["else", "catch", "finally", "while"].contains(string(word)) else { break }
            keep(word)
            cursor = word.upperBound
            if let ifWord = nextNonSpace(cursor), string(self.word(at: ifWord)) == "if" {
                keep(self.word(at: ifWord))
                cursor = self.word(at: ifWord).upperBound
            }
            if let paren = nextNonSpace(cursor), byte(paren) == UInt8(ascii: "("), let close = closing(paren)
            {
                keep(paren..<(close + 1))
                cursor = close + 1
            }
        }
        return cursor
    }

    /// `@Model.Orders.Count()`, `@await Html.PartialAsync("_Row", o)`: a name, then member
    /// accesses, calls and indexers; a `;` is written after it when the next byte is text.
    private mutating func razorImplicitExpression(from start: Int) -> Int {
        var cursor = word(at: start).upperBound
        if string(start..<cursor) == "await", let next = nextNonSpace(cursor), next < cursor + 2 {
            cursor = word(at: next).upperBound
        }
        while cursor < source.count {
            let current = byte(cursor)
            if current == UInt8(ascii: "("), let close = closing(cursor) {
                cursor = close + 1
            } else if current == UInt8(ascii: "["), let close = closing(cursor) {
                cursor = close + 1
            } else if current == UInt8(ascii: "."), Self.isWordByte(byte(cursor + 1)),
                byte(cursor + 1) & 0x80 == 0
            {
                cursor = word(at: cursor + 1).upperBound
            } else if current == UInt8(ascii: "?"), byte(cursor + 1) == UInt8(ascii: "."),
                Self.isWordByte(byte(cursor + 2))
            {
                cursor = word(at: cursor + 2).upperBound
            } else {
                break
            }
        }
        keep(start..<cursor)
        recordRazorPartial(in: start..<cursor)
        if cursor < source.count, byte(cursor) != 0x0A, byte(cursor) < 0x80 { write(";", at: cursor) }
        return cursor
    }

    /// C# code: kept line by line, except lines of markup (a line starting with a tag, or inside
    /// an element opened on an earlier markup line), which are projected as markup.
    private mutating func razorCode(_ range: Range<Int>) {
        var depth = 0
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let lineEnd = min(
                find("\n", from: lineStart, before: range.upperBound) ?? range.upperBound, range.upperBound)
            var first = lineStart
            while first < lineEnd, byte(first) == 0x20 || byte(first) == 0x09 { first += 1 }
            let tagStart =
                byte(first) == UInt8(ascii: "<")
                && (Self.isWordByte(byte(first + 1)) || byte(first + 1) == UInt8(ascii: "/"))
            if first < lineEnd, depth > 0 || tagStart || matches("@:", at: first) || matches("@*", at: first)
            {
                depth = max(0, depth + tagBalance(first..<lineEnd))
                let reached = razorMarkup(first..<lineEnd)
                lineStart = reached > lineEnd ? reached : lineEnd + 1
                continue
            }
            keep(first..<lineEnd)
            recordRazorPartial(in: first..<lineEnd)
            lineStart = lineEnd + 1
        }
    }

    /// Opening tags minus closing tags on a line (void and self-closing elements left out).
    private func tagBalance(_ range: Range<Int>) -> Int {
        var balance = 0
        var index = range.lowerBound
        while let open = find("<", from: index, before: range.upperBound) {
            index = open + 1
            if byte(open + 1) == UInt8(ascii: "/") {
                balance -= 1
                continue
            }
            let name = string(word(at: open + 1)).lowercased()
            guard !name.isEmpty, !Self.voidElements.contains(name) else { continue }
            let close = find(">", from: open, before: range.upperBound) ?? range.upperBound
            if close > open, byte(close - 1) == UInt8(ascii: "/") { continue }
            balance += 1
        }
        return balance
    }

    /// The `}` closing the `{` at `open`, skipping double-quoted strings and `@* *@` comments.
    private func razorBrace(_ open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < source.count {
            switch byte(index) {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return index }
            case UInt8(ascii: "\""):
                index += 1
                while index < source.count, byte(index) != UInt8(ascii: "\""), byte(index) != 0x0A {
                    if byte(index) == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            case UInt8(ascii: "@") where byte(index + 1) == UInt8(ascii: "*"):
                index = (find("*@", from: index + 2) ?? source.count) + 1
            default: break
            }
            index += 1
        }
        return nil
    }

    private func nextNonSpace(_ index: Int) -> Int? {
        var cursor = index
        while cursor < source.count, Self.isSpace(byte(cursor)) { cursor += 1 }
        return cursor < source.count ? cursor : nil
    }

    /// `Html.PartialAsync("_Row", item)`, `Component.InvokeAsync("Cart")` in kept code.
    private mutating func recordRazorPartial(in range: Range<Int>) {
        for name in Self.razorPartials {
            guard let at = find(name + "(", from: range.lowerBound, before: range.upperBound),
                let view = firstQuoted(in: string(at..<range.upperBound))
            else { continue }
            includes.append(TemplateInclude(name: view, offset: at, perItem: false, line: line(of: at)))
            return
        }
    }

    /// `<partial name="_Row" model="item" />`: the name string is kept as the include's token.
    private mutating func recordRazorTagPartial(at index: Int, limit: Int) {
        guard let attribute = find("name=\"", from: index, before: min(limit, index + 200)),
            let close = find("\"", from: attribute + 6, before: limit)
        else { return }
        keep((attribute + 5)..<(close + 1))
        includes.append(
            TemplateInclude(
                name: string((attribute + 6)..<close), offset: attribute + 5, perItem: false,
                line: line(of: index)))
    }
}
