/// Turns a projection's loop tags (byte offsets) into ``Loop``s over the projected tokens.
enum TemplateLoops {
    static func loops(of projection: TemplateProjection, tokens: [Token]) -> [Loop] {
        guard !projection.loops.isEmpty, !tokens.isEmpty else { return [] }
        let offsets = tokens.map(\.offset)
        /// The first token at or after `offset`.
        func token(at offset: Int) -> Int {
            var low = 0
            var high = offsets.count
            while low < high {
                let middle = (low + high) / 2
                if offsets[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        func span(_ range: Range<Int>) -> Range<Int> {
            token(at: range.lowerBound)..<token(at: range.upperBound)
        }
        var result: [Loop] = []
        for tagged in projection.loops {
            let header = token(at: tagged.keyword)
            guard header < tokens.count, tokens[header].text == tagged.keywordText else { continue }
            result.append(
                Loop(
                    kind: tagged.kind, keyword: tagged.keywordText, header: header, line: tokens[header].line,
                    column: tokens[header].column, iterable: tagged.iterable.map(span),
                    variables: tagged.variables, body: [span(tagged.body)]))
        }
        return result
    }
}
