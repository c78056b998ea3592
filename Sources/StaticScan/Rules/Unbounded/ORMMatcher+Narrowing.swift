// MARK: - HF201: does an ORM filter narrow the read by a key?

extension ORMMatcher {
    /// A column name that identifies rows: `id`, `pk`, `user_id`, `userId`, `uuid`, `email`, `slug`,
    /// `key`, `token`, `username` (the rule raw SQL uses).
    static func isKeyColumn(_ name: String) -> Bool {
        var bare = Substring(name)
        while let first = bare.first, first == ":" || first == "@" || first == "$" { bare = bare.dropFirst() }
        let lower = bare.lowercased()
        return isKeyName(String(bare)) || ["token", "username", "uuid"].contains(lower)
            || lower.hasSuffix("_uuid")
            || lower.hasSuffix("_key") || bare.hasSuffix("Key") || bare.hasSuffix("Uuid")
    }

    /// Whether the arguments of filter link `link` narrow the read to rows named by a key or to a
    /// list of keys the caller passes:
    /// `filter_by(user_id=…)`, `filter(Order.id == …)`, `filter(sku__in=skus)`, `.in_(skus)`,
    /// `filter(customer=customer)` (a parent row), `where(user_id: …)`, `where("user_id = ?", …)`,
    /// `Where(o => o.CustomerId == id)`.
    /// A filter on flags, statuses or ranges (`filter_by(archived=False)`, `created_at > …`) does
    /// not bound the result. A condition the scanner cannot read (`filter(cond)`, `**kwargs`)
    /// counts as narrowing.
    func narrowsByKey(_ link: Int) -> Bool { keyFilter(link) != .other }

    /// What the arguments of filter link `link` test: a key (or a list of keys), something else,
    /// or a condition the scanner cannot read.
    enum KeyFilter { case key, other, unread }

    /// The reading behind ``narrowsByKey(_:)``; `.key` only when a key is compared by name.
    func keyFilter(_ link: Int) -> KeyFilter {
        guard let arguments = chain.links[link].arguments, !arguments.isEmpty else { return .other }
        let tokens = file.tokens
        let range = arguments.clamped(to: 0..<tokens.count)
        var sawCondition = false
        for index in range {
            let token = tokens[index]
            let next = index + 1 < range.upperBound ? tokens[index + 1] : nil
            switch token.kind {
            case .string:
                // `where("user_id = ?", id)`, `Where("sku IN ?", skus)`: a SQL condition as the first
                // argument; Eloquent `where('user_id', $id)`: a column name.
                guard [.ruby, .php, .go].contains(file.language), index == range.lowerBound else { continue }
                sawCondition = true
                let words = token.text.split(whereSeparator: \.isWhitespace)
                let bareName = words.first?.allSatisfy {
                    $0.isLetter || $0.isNumber || $0 == "_" || $0 == "."
                }
                if words.count == 1, bareName == true {
                    if Self.isKeyColumn(String(words[0])) { return .key }
                    continue
                }
                if SQLListRead.unbounded("SELECT * FROM t WHERE " + token.text) == nil { return .key }
            case .identifier:
                if token.text == "in_" && index > 0 && tokens[index - 1].is(".") { return .key }
                if membershipByKey(at: index, in: range) { return .key }
                guard let next, next.kind == .punctuation,
                    Self.conditionOperators.contains(next.text)
                        || next.text == "=>" && (file.language == .ruby || file.language == .php)
                else { continue }
                sawCondition = true
                if Self.isKeyColumn(token.text) || token.text.hasSuffix("__in")
                    || token.text.split(separator: "__").contains(where: { Self.isKeyColumn(String($0)) })
                {
                    return .key
                }
                if next.text != "==", refersToParentRow(token.text, valueAt: index + 2, in: range) {
                    return .key
                }
            case .punctuation:
                if token.text == "**" || token.text == "*" && next?.kind == .identifier { return .unread }
                if ["<", ">", "<=", ">=", "!="].contains(token.text) { sawCondition = true }
            case .number:
                continue
            }
        }
        return sawCondition ? .other : .unread
    }

    /// `ids.Contains(c.Id)`, `skus.includes(x.sku)`, `userIds.Contains(x.OwnerId)` anywhere in
    /// the condition (also beside `&& c.DeletedDate == null`): a read of the caller's list of keys.
    private func membershipByKey(at index: Int, in range: Range<Int>) -> Bool {
        let tokens = file.tokens
        guard ["Contains", "contains", "includes", "include?"].contains(tokens[index].text), index >= 2,
            tokens[index - 1].is("."), index + 1 < range.upperBound, tokens[index + 1].is("("),
            let close = file.brackets.partner(of: index + 1)
        else { return false }
        let list = tokens[index - 2]
        if list.kind == .identifier, list.text.lowercased().hasSuffix("ids") || list.text.hasSuffix("Keys") {
            return true
        }
        let tested = ((index + 2)..<close).last { tokens[$0].kind == .identifier }
        return tested.map { Self.isKeyColumn(tokens[$0].text) } ?? false
    }

    /// `name=…` (Python), `name == …`, `x.id === id` (JavaScript), `name: …` (Ruby, Go struct
    /// literals); `=>` in Ruby and PHP.
    private static let conditionOperators: Set<String> = ["=", "==", "===", ":"]

    /// `customer=customer`, `user=request.user`, `owner: current_user`: a parent row by its object;
    /// `sku: skus`: a list of the column's values.
    private func refersToParentRow(_ name: String, valueAt start: Int, in range: Range<Int>) -> Bool {
        let tokens = file.tokens
        var last: String? = nil
        var cursor = start
        while cursor < range.upperBound, !tokens[cursor].is(","), !tokens[cursor].is(")") {
            guard tokens[cursor].kind == .identifier || tokens[cursor].is(".") else { return false }
            if tokens[cursor].kind == .identifier { last = tokens[cursor].text }
            cursor += 1
        }
        guard let last = last?.lowercased() else { return false }
        let column = name.lowercased().filter { $0 != ":" }
        // `where(sku: skus)`: the caller's list of values for the column.
        let plurals = [column + "s", column + "es", column + "_list", column + "list"]
        return last == column || plurals.contains(last) || last == "user" || last == "current_user"
            || last == "currentuser"
    }

    /// `{ where: { userId } }`, `{ where: { id: … } }`, or a filter by a list of keys the caller
    /// passes (`{ where: { sku: { in: skus } } }`, Sequelize `[Op.in]: skus`): a batched read.
    func whereHasKey(_ arguments: Range<Int>) -> Bool {
        let tokens = file.tokens
        for index in arguments
        where tokens[index].is("where") && index + 2 < arguments.upperBound
            && tokens[index + 1].is(":")
        {
            guard tokens[index + 2].is("{"), let close = file.brackets.partner(of: index + 2) else {
                return true
            }
            if file.hasIdentifier(in: [(index + 3)..<close], where: Self.isKeyName) { return true }
            // A literal list (`status: { in: ["paid", "shipped"] }`) is a filter on a non-key column.
            let listFilter = ((index + 3)..<close).contains { token in
                guard tokens[token].is("in") else { return false }
                let colon =
                    tokens[token + 1].is(":") ? token + 1 : tokens[token - 1].is(".") ? token + 2 : close
                return colon + 1 < close && tokens[colon].is(":") && !tokens[colon + 1].is("[")
            }
            if listFilter { return true }
        }
        return false
    }

    /// `id`, `pk`, `userId`, `user_id`, `uuid`, `email`, `slug`, `key`.
    static func isKeyName(_ name: String) -> Bool {
        name == "id" || name == "pk" || name.hasSuffix("Id") || name.hasSuffix("_id") || name.hasSuffix("ID")
            || ["uuid", "email", "slug", "key"].contains(name.lowercased())
    }
}
