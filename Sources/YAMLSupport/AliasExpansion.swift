// libyaml itself, as built by Yams for its own parser: its event stream shows anchors and aliases
// before anything is composed.
import CYaml
import HundredfoldCore

/// Bounds a YAML text before it is composed: aliases may not multiply it (a "billion laughs" file
/// of a few hundred bytes expands to billions of nodes, and composing or comparing its keys never
/// ends), it may not hold more nodes than a hand-written file does (composing costs far more per
/// node than this check), and collections may not nest deeper than any configuration needs. One
/// pass over libyaml's events, linear in the text; syntax errors are left to the composer, which
/// locates them.
enum AliasExpansion {
    /// Nodes that aliases may add beyond the ones written out.
    static let maximumAliasedNodes = 100_000
    /// Nodes written out (scalars and collections).
    static let maximumWrittenNodes = 10_000
    /// Collections inside collections.
    static let maximumDepth = 128

    /// The first limit `text` passes, located at the alias or collection that passes it.
    static func violation(in text: String, file: String) -> YAMLError? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let outcome = walk.visit(event)
                yaml_event_delete(&event)
                switch outcome {
                case .next: continue
                case .end: return nil
                case .violation(let error): return error
                }
            }
        }
    }

    /// The sizes seen so far: each anchor's node count (aliases expanded) and the open collections.
    private struct Walk {
        enum Outcome {
            case next, end
            case violation(YAMLError)
        }

        let file: String
        var anchorSizes: [String: Int] = [:]
        var open: [(anchor: String?, size: Int)] = []
        var aliased = 0
        var written = 0

        init(file: String) { self.file = file }

        mutating func visit(_ event: yaml_event_t) -> Outcome {
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .end
            case YAML_SCALAR_EVENT:
                if let tooMany = countWritten(event) { return tooMany }
                close(size: 1, anchor: name(event.data.scalar.anchor))
            case YAML_ALIAS_EVENT:
                let size = name(event.data.alias.anchor).flatMap { anchorSizes[$0] } ?? 1
                aliased += size
                guard aliased <= maximumAliasedNodes else {
                    return .violation(
                        limit(
                            event, "aliases expand this file past \(maximumAliasedNodes) nodes",
                            hint: "write the repeated values out, or reuse fewer levels of anchors"))
                }
                close(size: size, anchor: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor =
                    event.type == YAML_SEQUENCE_START_EVENT
                    ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                if let tooMany = countWritten(event) { return tooMany }
                open.append((name(anchor), 1))
                guard open.count <= maximumDepth else {
                    return .violation(
                        limit(
                            event, "collections nest deeper than \(maximumDepth) levels",
                            hint:
                                "a configuration needs a few levels; check for a generated or corrupted file")
                    )
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let node = open.popLast() { close(size: node.size, anchor: node.anchor) }
            default:
                break
            }
            return .next
        }

        /// Counts a node written out; the violation when there are too many.
        private mutating func countWritten(_ event: yaml_event_t) -> Outcome? {
            written += 1
            guard written > maximumWrittenNodes else { return nil }
            return .violation(
                limit(
                    event, "the file holds more than \(maximumWrittenNodes) YAML values",
                    hint: "scenario and configuration files are written by hand; check for a generated file"))
        }

        /// A finished node of `size` nodes: remembered under its anchor, counted in its parent.
        private mutating func close(size: Int, anchor: String?) {
            if let anchor { anchorSizes[anchor] = size }
            if !open.isEmpty { open[open.count - 1].size += size }
        }

        private func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }

        private func limit(_ event: yaml_event_t, _ message: String, hint: String) -> YAMLError {
            let location = SourceLocation(
                file: file, line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            return .limitExceeded(location: location, message: message, hint: hint)
        }
    }
}
