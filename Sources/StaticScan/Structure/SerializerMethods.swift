/// Django REST framework serializer methods that run once per object serialized: a
/// `SerializerMethodField`'s `get_<field>(self, obj)` and `to_representation(self, instance)` of a
/// class deriving from a `…Serializer`. A list endpoint (`many=True`) calls them once per row, so
/// their bodies are loops over the rows, their object parameter the item.
enum SerializerMethods {
    /// The loop keyword these implicit loops carry.
    static let keyword = "serializer"

    /// One implicit loop per such method in a Python file.
    static func loops(in tokens: [Token]) -> [Loop] {
        var result: [Loop] = []
        var serializerIndent: Int? = nil
        for index in tokens.indices where tokens[index].kind == .identifier && tokens[index].startsLine {
            let token = tokens[index]
            if let indent = serializerIndent, token.indent <= indent { serializerIndent = nil }
            if token.is("class") {
                if derivesFromSerializer(classAt: index, in: tokens) { serializerIndent = token.indent }
                continue
            }
            guard let classIndent = serializerIndent, token.is("def"), token.indent > classIndent,
                let loop = perObjectLoop(definedAt: index, in: tokens)
            else { continue }
            result.append(loop)
        }
        return result
    }

    /// `class ArticleSerializer(serializers.ModelSerializer):`; not a serializer of one object
    /// (`ScriptDetailSerializer`), which a detail view calls once.
    private static func derivesFromSerializer(classAt index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 2].is("("), !tokens[index + 1].text.contains("Detail")
        else { return false }
        var cursor = index + 3
        while cursor < tokens.count, !tokens[cursor].is(")") {
            if tokens[cursor].kind == .identifier, tokens[cursor].text.hasSuffix("Serializer") { return true }
            cursor += 1
        }
        return false
    }

    /// `def get_author_name(self, obj):` → a loop over `obj` around the method's body.
    private static func perObjectLoop(definedAt index: Int, in tokens: [Token]) -> Loop? {
        guard index + 6 < tokens.count else { return nil }
        let name = tokens[index + 1].text
        guard name.hasPrefix("get_") || name == "to_representation", tokens[index + 2].is("("),
            tokens[index + 3].is("self"), tokens[index + 4].is(","), tokens[index + 5].kind == .identifier,
            tokens[index + 6].is(")")
        else { return nil }
        let indent = tokens[index].indent
        var start = index + 7
        while start < tokens.count, !tokens[start].is(":") { start += 1 }
        start += 1
        var end = start
        while end < tokens.count, !(tokens[end].startsLine && tokens[end].indent <= indent) { end += 1 }
        guard start < end else { return nil }
        return Loop(
            kind: .callback, keyword: keyword, header: index + 1, line: tokens[index + 1].line,
            column: tokens[index + 1].column, iterable: nil, variables: [tokens[index + 5].text],
            body: [start..<end])
    }
}
