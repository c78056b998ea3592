// MARK: - Elixir: strings, charlists, heredocs, sigils, character literals, operators

extension Lexer {
    private static let sigilPairs: [UInt8: UInt8] = [
        UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "["): UInt8(ascii: "]"),
        UInt8(ascii: "{"): UInt8(ascii: "}"), UInt8(ascii: "<"): UInt8(ascii: ">"),
    ]
    private static let sigilSingles: [UInt8] = Array("/|\"'".utf8)
    /// Elixir operators the shared tables lack (`|>` pipes, `<>` concatenation, `\\` defaults).
    static let elixirOperators: [[UInt8]] = ["|>", "<>", "\\\\", "=~", "<<~", "~>>"].map { Array($0.utf8) }

    /// `"…"`, `'…'` (charlist), `"""` / `'''` heredocs, and sigils `~s(…)`, `~S"""…"""`, `~w[…]a`:
    /// (bytes before the content, form). Lowercase sigils interpolate `#{}`, uppercase ones do not.
    func elixirString(at index: Int) -> (Int, StringForm)? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            if matches([byte, byte, byte], at: index) {
                return (3, StringForm(close: [byte, byte, byte], interpolation: .hashBrace, multiline: true))
            }
            return (1, StringForm(close: [byte], interpolation: .hashBrace, multiline: true))
        }
        guard byte == UInt8(ascii: "~"), index + 2 < bytes.count else { return nil }
        // `~s`, `~S`, `~HTML` (uppercase sigils may have several letters).
        var cursor = index + 1
        let letter = bytes[cursor]
        let lower = letter >= 0x61 && letter <= 0x7A
        let upper = letter >= 0x41 && letter <= 0x5A
        guard lower || upper else { return nil }
        cursor += 1
        if upper {
            while cursor < bytes.count, bytes[cursor] >= 0x41, bytes[cursor] <= 0x5A { cursor += 1 }
        }
        guard cursor < bytes.count else { return nil }
        let open = bytes[cursor]
        let interpolation: StringForm.Interpolation = lower ? .hashBrace : .none
        if open == UInt8(ascii: "\"") || open == UInt8(ascii: "'"), matches([open, open, open], at: cursor) {
            return (
                cursor - index + 3,
                StringForm(close: [open, open, open], interpolation: interpolation, multiline: true)
            )
        }
        if let close = Self.sigilPairs[open] {
            return (
                cursor - index + 1, StringForm(close: [close], interpolation: interpolation, multiline: true)
            )
        }
        if Self.sigilSingles.contains(open) {
            return (
                cursor - index + 1, StringForm(close: [open], interpolation: interpolation, multiline: true)
            )
        }
        return nil
    }

    /// The end of a sigil's modifiers (`a` in `~w(a b)a`, `iu` in `~r/x/iu`) starting at `index`.
    func elixirSigilModifiersEnd(from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count, Self.isLetter(bytes[cursor]), bytes[cursor] != 0x5F { cursor += 1 }
        return cursor
    }

    /// `?a`, `?\n`, `?#`: a character literal, lexed as a number so `?#` opens no comment.
    /// False when `?` is not one (it follows a name: `valid?` was already lexed whole).
    mutating func lexElixirCharacter() -> Bool {
        guard bytes[pos] == UInt8(ascii: "?"), pos + 1 < bytes.count else { return false }
        let next = bytes[pos + 1]
        guard next > 0x20 || next >= 0x80 else { return false }
        var end = pos + 2
        if next == UInt8(ascii: "\\"), end < bytes.count { end += 1 }
        // A multi-byte UTF-8 scalar: its continuation bytes.
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        emit(.number, from: pos, to: end)
        pos = end
        return true
    }

    /// A `"""` alone on its line closes a heredoc that began before the text in view (a diff
    /// hunk starting inside `~H"""`): an opener always follows something on its line
    /// (`@doc """`, `~H"""`, `x = """`). Lexed as punctuation so the code after it stays code.
    mutating func lexStrayHeredocCloser() -> Bool {
        let byte = bytes[pos]
        guard freshLine, byte == UInt8(ascii: "\""), matches([byte, byte, byte], at: pos) else {
            return false
        }
        var cursor = pos + 3
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0D {
            cursor += 1
        }
        guard cursor >= bytes.count || bytes[cursor] == 0x0A else { return false }
        let start = pos
        pos += 3
        emit(.punctuation, from: start, to: pos)
        return true
    }

    /// An Elixir operator at `pos` missing from the shared tables; false when none.
    mutating func lexElixirOperator() -> Bool {
        for candidate in Self.elixirOperators where matches(candidate, at: pos) {
            let start = pos
            pos += candidate.count
            emit(.punctuation, from: start, to: pos)
            return true
        }
        return false
    }
}
