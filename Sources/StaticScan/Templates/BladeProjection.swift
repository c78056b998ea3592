// MARK: - Blade: `{{ }}`, `{!! !!}`, `{{-- --}}`, `@directive(…)`, `@php … @endphp`

extension ProjectionBuilder {
    private static let bladeLoops: [String: (end: String, kind: Loop.Kind)] = [
        "foreach": ("endforeach", .forEach), "forelse": ("endforelse", .forEach),
        "for": ("endfor", .counting),
        "while": ("endwhile", .whileLoop),
    ]
    private static let bladeIncludes: Set<String> = [
        "include", "includeIf", "includeWhen", "includeUnless", "includeFirst", "each", "component",
        "livewire",
    ]

    mutating func projectBlade() {
        var openLoops: [(loop: TemplateLoop, end: String, emptyAt: Int?)] = []
        var index = 0
        while index < source.count {
            let current = byte(index)
            if current == UInt8(ascii: "{"), matches("{{--", at: index) {
                let end = min((find("--}}", from: index + 4) ?? source.count) + 4, source.count)
                commentRanges.append(index..<end)
                index = end
                continue
            }
            if current == UInt8(ascii: "{"), matches("{{", at: index) || matches("{!!", at: index) {
                let closer = byte(index + 1) == UInt8(ascii: "{") ? "}}" : "!!}"
                let start = index + (closer == "}}" ? 2 : 3)
                guard let close = find(closer, from: start) else { break }
                keep(start..<close)
                write(";", at: close)
                index = close + closer.utf8.count
                continue
            }
            guard current == UInt8(ascii: "@"), index == 0 || !Self.isWordByte(byte(index - 1)) else {
                index += 1
                continue
            }
            if byte(index + 1) == UInt8(ascii: "{") || byte(index + 1) == UInt8(ascii: "@") {
                // `@{{ literal }}`, `@@directive`: text.
                index =
                    (byte(index + 1) == UInt8(ascii: "{") ? (find("}}", from: index) ?? index) : index + 1)
                    + 2
                continue
            }
            let nameRange = word(at: index + 1)
            let name = string(nameRange)
            guard !name.isEmpty else {
                index += 1
                continue
            }
            var after = nameRange.upperBound
            while byte(after) == 0x20 { after += 1 }
            var arguments: Range<Int>? = nil
            if byte(after) == UInt8(ascii: "("), let close = closing(after) {
                arguments = after..<(close + 1)
            }
            let next = arguments?.upperBound ?? nameRange.upperBound
            index = next
            if name == "php", arguments == nil {
                let end = find("@endphp", from: next) ?? source.count
                keep(next..<end)
                index = end + 7
                continue
            }
            if let (end, kind) = Self.bladeLoops[name], let arguments {
                keep(nameRange)
                keep(arguments)
                let inner = (arguments.lowerBound + 1)..<(arguments.upperBound - 1)
                var iterable: Range<Int> = inner
                var variables: [String] = []
                if kind == .forEach, let separator = findWord("as", in: inner) {
                    iterable = trimmed(inner.lowerBound..<separator)
                    variables = string((separator + 2)..<inner.upperBound)
                        .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") })
                        .map(String.init)
                }
                openLoops.append(
                    (
                        TemplateLoop(
                            keyword: nameRange.lowerBound, keywordText: name, kind: kind, iterable: iterable,
                            variables: variables, body: next..<next), end, nil
                    ))
                continue
            }
            if name == "empty", arguments == nil, let last = openLoops.last, last.end == "endforelse",
                last.emptyAt == nil
            {
                openLoops[openLoops.count - 1].emptyAt = index - nameRange.count - 1
                continue
            }
            if let position = openLoops.lastIndex(where: { $0.end == name }) {
                let (loop, _, emptyAt) = openLoops.remove(at: position)
                var finished = loop
                finished.body = loop.body.lowerBound..<(emptyAt ?? nameRange.lowerBound - 1)
                loops.append(finished)
                continue
            }
            guard let arguments else { continue }
            if Self.bladeIncludes.contains(name) {
                keep(nameRange)
                keep(arguments)
                if let view = firstQuoted(in: string(arguments)) {
                    includes.append(
                        TemplateInclude(
                            name: view, offset: nameRange.lowerBound, perItem: name == "each",
                            line: line(of: nameRange.lowerBound)))
                }
                continue
            }
            keep(arguments)
        }
    }
}
