import StaticScan

extension Associations {
    /// The plain columns the file declares: in migrations and schemas (`t.text :comments`,
    /// `add_column :changesets, :comments, :text`, `$table->text('comments')`) and as model
    /// fields (`comments = models.TextField()`). A column of one table named like another model's
    /// association (`has_many :comments`) makes a read of that name no sure association read.
    func columns() -> [String] {
        let tokens = file.tokens
        let calls = frameworks.reduce(into: [String: Int]()) {
            $0.merge($1.columnCalls) { first, _ in first }
        }
        let fieldCalls = frameworks.reduce(into: Set<String>()) { $0.formUnion($1.columnFieldCalls) }
        var names: Set<String> = []
        for index in tokens.indices where tokens[index].kind == .identifier {
            let text = tokens[index].text
            if let position = calls[text],
                tokens.isMemberAccess(at: index - 1, in: file.language)
                    || (position > 0 && tokens[index].startsLine),
                let name = argumentName(at: position, ofCallAt: index)
            {
                names.insert(name)
            } else if fieldCalls.contains(text), file.isPunctuation(index + 1, "("),
                let target = assignmentTarget(ofCallAt: index)
            {
                names.insert(target)
            }
        }
        return names.sorted()
    }

    /// The symbol or string naming argument `position` of the call at `index`, with or without
    /// parentheses (`add_column :changesets, :comments` → comments at 1).
    private func argumentName(at position: Int, ofCallAt index: Int) -> String? {
        // The token just before the argument.
        var before = file.isPunctuation(index + 1, "(") ? index + 1 : index
        var remaining = position
        while let name = symbolName(after: before) {
            // A symbol is one token, or `:` and a name.
            let last = file.isPunctuation(before + 1, ":") ? before + 2 : before + 1
            if remaining == 0 {
                let clean = String(name.drop { $0 == ":" })
                return clean.isEmpty ? nil : clean
            }
            guard file.isPunctuation(last + 1, ",") else { return nil }
            before = last + 1
            remaining -= 1
        }
        return nil
    }
}
