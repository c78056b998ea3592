/// Projects an EEx, LEEx or HEEx template onto Elixir source that the Elixir lexer and loop finder
/// read, keeping the line and column of every code character.
///
/// Text between tags becomes spaces (newlines kept); the code of `<%= … %>` and `<% … %>` is
/// kept in place, so `<%= for p <- @posts do %>` … `<% end %>` is a `for` loop. In HEEx, `{…}`
/// expressions (in text and as attribute values) are kept, and `:for={p <- @posts}` becomes
/// `for p <- @posts do` over the attribute with an `end` over the element's closing tag, so the
/// element's body runs per item. Other template languages follow the same shape: a projection
/// with identical positions, then the host language's scanner.
enum EExProjection {
    /// Whether `path` names an EEx family template (`.eex`, `.html.eex`, `.heex`, `.leex`).
    static func isTemplate(_ path: String) -> Bool {
        path.hasSuffix(".eex") || path.hasSuffix(".heex") || path.hasSuffix(".leex")
    }

    /// `text` with every template sigil (`~H"""`, `~L"""`, `~E"""` of a LiveView or component)
    /// replaced by its projection, so its loops and calls are code of the module around it; the
    /// rest of the file is unchanged.
    static func projectSigils(in text: String) -> String {
        guard text.contains("~H\"\"\"") || text.contains("~L\"\"\"") || text.contains("~E\"\"\"") else {
            return text
        }
        var scalars = Array(text.unicodeScalars)
        let quotes: [Unicode.Scalar] = ["\"", "\"", "\""]
        var index = 0
        var lineHasComment = false
        while index + 5 <= scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { lineHasComment = false }
            if scalar == "#" { lineHasComment = true }
            guard scalar == "~", !lineHasComment, ["H", "L", "E"].contains(scalars[index + 1]),
                Array(scalars[(index + 2)..<(index + 5)]) == quotes
            else {
                index += 1
                continue
            }
            let contentStart = index + 5
            var close = contentStart
            while close + 3 <= scalars.count, Array(scalars[close..<(close + 3)]) != quotes { close += 1 }
            guard close + 3 <= scalars.count else { break }
            var projector = Projector(
                input: Array(scalars[contentStart..<close]), heex: scalars[index + 1] == "H")
            projector.run()
            for offset in 0..<5 { scalars[index + offset] = " " }
            scalars.replaceSubrange(contentStart..<close, with: projector.output)
            for offset in 0..<3 { scalars[close + offset] = " " }
            index = close + 3
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The Elixir projection of `text`; `heex` turns on `{…}` expressions and `:for`.
    static func project(_ text: String, heex: Bool) -> String {
        var projector = Projector(input: Array(text.unicodeScalars), heex: heex)
        projector.run()
        var result = String.UnicodeScalarView()
        result.append(contentsOf: projector.output)
        return String(result)
    }
}

/// One pass over a template's scalars; `output` starts blank and receives the code.
private struct Projector {
    let input: [Unicode.Scalar]
    let heex: Bool
    var output: [Unicode.Scalar]
    var pos = 0

    init(input: [Unicode.Scalar], heex: Bool) {
        self.input = input
        self.heex = heex
        output = input.map { $0 == "\n" || $0 == "\r" ? $0 : " " }
    }

    /// The scalar at `index`, or NUL outside the input (before its start as well as after its end).
    func at(_ index: Int) -> Unicode.Scalar { input.indices.contains(index) ? input[index] : "\0" }

    func starts(_ text: String, at index: Int) -> Bool {
        var cursor = index
        for scalar in text.unicodeScalars {
            guard at(cursor) == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// The index of `text` at or after `index`, or the end of the input.
    func find(_ text: String, from index: Int) -> Int {
        var cursor = index
        while cursor < input.count, !starts(text, at: cursor) { cursor += 1 }
        return cursor
    }

    mutating func copy(_ range: Range<Int>) {
        for index in range.clamped(to: 0..<input.count) { output[index] = input[index] }
    }

    mutating func write(_ text: String, at index: Int) {
        for (offset, scalar) in text.unicodeScalars.enumerated() where index + offset < output.count {
            output[index + offset] = scalar
        }
    }

    mutating func run() {
        while pos < input.count {
            if starts("<%", at: pos) {
                eexTag()
            } else if heex, starts("<!--", at: pos) {
                pos = find("-->", from: pos) + 3
            } else if heex, input[pos] == "<", at(pos + 1).properties.isAlphabetic || at(pos + 1) == "." {
                heexTag()
            } else if heex, input[pos] == "{" {
                pos = expression(openingAt: pos) + 1
            } else {
                pos += 1
            }
        }
    }

    /// `<%= code %>`, `<% code %>`, `<%# comment %>`, `<%!-- comment --%>`, `<%% literal`.
    mutating func eexTag() {
        let marker = at(pos + 2)
        if marker == "%" {
            pos += 3
            return
        }
        if starts("<%!--", at: pos) {
            pos = find("--%>", from: pos) + 4
            return
        }
        let close = find("%>", from: pos + 2)
        if marker != "#" {
            let codeStart = pos + 2 + (marker == "=" || marker == "|" || marker == "/" ? 1 : 0)
            copy(codeStart..<close)
        }
        pos = close + 2
    }

    /// `{expr}` opening at `open`: copies the expression, returns the index of its `}`.
    mutating func expression(openingAt open: Int) -> Int {
        let close = closingBrace(from: open)
        copy((open + 1)..<close)
        return close
    }

    /// The `}` matching the `{` at `open`, stepping over nested braces and strings.
    func closingBrace(from open: Int) -> Int {
        var depth = 0
        var cursor = open
        while cursor < input.count {
            let scalar = input[cursor]
            if scalar == "\"" {
                cursor += 1
                while cursor < input.count, input[cursor] != "\"" { cursor += input[cursor] == "\\" ? 2 : 1 }
            } else if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                depth -= 1
                if depth == 0 { return cursor }
            }
            cursor += 1
        }
        return input.count
    }

    /// A HEEx opening tag at `pos`: attribute expressions kept, `:for` made a loop over the element.
    mutating func heexTag() {
        let nameStart = pos + 1
        var cursor = nameStart
        while cursor < input.count, isNameScalar(input[cursor]) { cursor += 1 }
        let name = String(String.UnicodeScalarView(input[nameStart..<cursor]))
        if name == "script" || name == "style" {
            pos = find("</\(name)", from: cursor)
            return
        }
        var loop: (attribute: Int, inner: Range<Int>)? = nil
        while cursor < input.count, input[cursor] != ">" {
            if input[cursor] == "\"" || input[cursor] == "'" {
                let quote = input[cursor]
                cursor += 1
                while cursor < input.count, input[cursor] != quote { cursor += 1 }
            } else if input[cursor] == "{" {
                let close = closingBrace(from: cursor)
                if starts(":for={", at: cursor - 5) {
                    loop = (cursor - 5, (cursor + 1)..<close)
                } else {
                    copy((cursor + 1)..<close)
                }
                cursor = close
            }
            cursor += 1
        }
        let selfClosing = cursor > 0 && at(cursor - 1) == "/"
        let tagEnd = cursor
        pos = min(cursor + 1, input.count)
        guard let loop else { return }
        let endAt: Int
        if selfClosing {
            // `… />`: `end` needs a blank before the slash.
            guard at(tagEnd - 2) == " " || at(tagEnd - 2) == "\t" else { return }
            endAt = tagEnd - 2
            guard endAt > loop.inner.upperBound + 3 else { return }
        } else {
            endAt = closingTag(of: name, from: pos)
            guard endAt < input.count else { return }
        }
        writeLoop(attribute: loop.attribute, inner: loop.inner, tagEnd: tagEnd)
        write("end", at: endAt)
    }

    /// `:for={p <- @posts}` → `for p <- @posts do`, the generator in place when a blank and a
    /// byte of the tag follow the `}`, else moved two columns left.
    mutating func writeLoop(attribute: Int, inner: Range<Int>, tagEnd: Int) {
        let brace = inner.upperBound
        let roomAfter =
            brace + 2 < tagEnd && at(brace + 1) != "\n" && at(brace + 2) != "\n"
            && (at(brace + 1) == " " || at(brace + 1) == "\t")
        if roomAfter {
            write("for", at: attribute + 1)
            copy(inner)
            write("do", at: brace + 1)
            return
        }
        write("for ", at: attribute)
        for (offset, index) in inner.enumerated() { output[attribute + 4 + offset] = input[index] }
        write(" do", at: attribute + 4 + inner.count)
    }

    /// The `</name` closing the element whose body starts at `from`, counting nested `<name`.
    func closingTag(of name: String, from start: Int) -> Int {
        var depth = 1
        var cursor = start
        while cursor < input.count {
            if input[cursor] == "<" {
                if starts("</\(name)", at: cursor), !isNameScalar(at(cursor + 2 + name.unicodeScalars.count))
                {
                    depth -= 1
                    if depth == 0 { return cursor }
                } else if starts("<\(name)", at: cursor),
                    !isNameScalar(at(cursor + 1 + name.unicodeScalars.count))
                {
                    depth += 1
                }
            }
            cursor += 1
        }
        return input.count
    }

    func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            || scalar == "." || scalar == ":"
    }
}
