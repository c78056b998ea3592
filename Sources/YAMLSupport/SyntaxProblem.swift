import Foundation

/// libyaml's scanner and parser problems, said in plain words: what the reader expected at the
/// error's place and how to fix it, instead of the C library's internal vocabulary ("while parsing
/// a block mapping … did not find expected key"). Problems not listed keep libyaml's wording.
struct SyntaxProblem {
    /// The sentence after "malformed YAML: ".
    var message: String
    var hint: String?

    /// A plain-words message for one libyaml problem; `{opened}` stands for " (opened at line L,
    /// column C)" when libyaml names where the construct began, else nothing.
    private struct Wording {
        var message: String
        var hint: String? = nil
    }

    private static let tab = Wording(
        message: "a tab character here; expected spaces for indentation",
        hint: "YAML indentation must use spaces; replace the tab with spaces")

    /// libyaml's problem text (`problem` in `yaml_parser_t`) → its wording.
    private static let wordings: [String: Wording] = [
        "found unexpected end of stream": Wording(
            message: "the file ends in the middle of a value{opened}; expected the rest of it"),
        "mapping values are not allowed in this context": Wording(
            message: "unexpected ':' — expected a value here, not a new key",
            hint: "quote a value that contains ': ', or start the nested mapping on its own indented line"),
        "did not find expected key": Wording(
            message: "expected a key (`name: value`) at this indentation{opened}",
            hint:
                "indent this line like the keys above it, or quote a value that starts with a special character"
        ),
        "did not find expected ',' or ']'": Wording(
            message: "the list '['{opened} is not closed; expected ',' between items or ']' at its end"),
        "did not find expected ',' or '}'": Wording(
            message: "the mapping '{'{opened} is not closed; expected ',' between entries or '}' at its end"),
        "did not find expected '-' indicator": Wording(
            message: "expected a list item ('- value') at this indentation{opened}",
            hint: "a list and a mapping cannot share one indentation level; indent the key or add a '-'"),
        "could not find expected ':'": Wording(
            message: "expected ':' after the key{opened}",
            hint: "a key must be followed by ': ' on the same line"),
        "did not find expected node content": Wording(message: "expected a value here{opened}"),
        "found undefined alias": Wording(
            message: "the alias (*name) refers to no anchor (&name) defined before it",
            hint: "define the anchor earlier in the file, or write the value out"),
        "found unknown escape character": Wording(
            message: "unknown escape sequence in double-quoted text; expected one of \\\\ \\\" \\n \\t \\u…",
            hint: "use single quotes for text with backslashes, or write \\\\ for a backslash"),
        "found a tab character that violates indentation": tab,
        "did not find expected <document start>": Wording(message: "expected '---' before a new document"),
        "control characters are not allowed": Wording(
            message: "a control character (such as NUL) here; expected printable text",
            hint: "remove it, or write it as an escape (\\x00, \\t) inside double quotes"),
        "block sequence entries are not allowed in this context": Wording(
            message: "unexpected '- ' — a list item cannot follow a key's value on the same line",
            hint: "start the list on the line after the key, indented"),
    ]

    /// `problem` and `context` as libyaml words them; `opened` is where the context (a quoted
    /// text, a flow list, …) started, as "line L, column C".
    init(problem: String, context: String?, opened: String?, characterAtError: Character?) {
        let wording: Wording
        switch problem {
        case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
            wording = Wording(
                message: "the quoted text{opened} is never closed; expected a closing quote",
                hint: "close the quote, or use a block scalar (|) for text over several lines")
        case _ where problem.hasPrefix("Maximum nesting level reached"):
            wording = Wording(
                message:
                    "lists and mappings are nested deeper than the reader allows here{opened}; a scenario needs a few levels",
                hint: "look for an unclosed or repeated '[' or '{'")
        case "found character that cannot start any token":
            let shown = characterAtError.map { " '\($0)'" } ?? ""
            wording =
                characterAtError == "\t"
                ? Self.tab
                : Wording(
                    message:
                        "the character\(shown) cannot start a value; expected plain text, a quote, '[', '{' or '-'",
                    hint: "quote the value ('…' or \"…\"): @ and ` are reserved in YAML")
        default:
            wording =
                Self.wordings[problem]
                ?? Wording(message: context.map { "\($0){opened}: \(problem)" } ?? problem)
        }
        let since = opened.map { " (opened at \($0))" } ?? ""
        message = wording.message.replacingOccurrences(of: "{opened}", with: since)
        hint = wording.hint
    }
}
