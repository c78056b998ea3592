/// libyaml's scanner and parser problems, said in plain words: what the reader expected at the
/// error's place and how to fix it, instead of the C library's internal vocabulary ("while parsing
/// a block mapping … did not find expected key"). Problems not listed keep libyaml's wording.
struct SyntaxProblem {
    /// The sentence after "malformed YAML: ".
    var message: String
    var hint: String?

    /// `problem` and `context` as libyaml words them; `opened` is where the context (a quoted
    /// text, a flow list, …) started, as "line L, column C".
    init(problem: String, context: String?, opened: String?, characterAtError: Character?) {
        let since = opened.map { " (opened at \($0))" } ?? ""
        switch (problem, context ?? "") {
        case ("found unexpected end of stream", let context) where context.contains("quoted scalar"):
            message = "the quoted text\(since) is never closed; expected a closing quote"
            hint = "close the quote, or use a block scalar (|) for text over several lines"
        case ("found unexpected end of stream", _):
            message = "the file ends in the middle of a value; expected the rest of it"
        case ("mapping values are not allowed in this context", _):
            message = "unexpected ':' — expected a value here, not a new key"
            hint = "quote a value that contains ': ', or start the nested mapping on its own indented line"
        case ("did not find expected key", _):
            message = "expected a key (`name: value`) at this indentation\(since)"
            hint =
                "check that this line is indented like the keys above it, or quote a value that starts with a special character"
        case ("did not find expected ',' or ']'", _):
            message = "the list '['\(since) is not closed; expected ',' between items or ']' at its end"
        case ("did not find expected ',' or '}'", _):
            message = "the mapping '{'\(since) is not closed; expected ',' between entries or '}' at its end"
        case ("did not find expected '-' indicator", _):
            message = "expected a list item ('- value') at this indentation\(since)"
            hint = "a list and a mapping cannot share one indentation level; indent the key or add a '-'"
        case ("could not find expected ':'", _):
            message = "expected ':' after the key\(since)"
            hint = "a key must be followed by ': ' on the same line"
        case ("did not find expected node content", _):
            message = "expected a value here\(since)"
        case ("found undefined alias", _):
            message = "the alias (*name) refers to no anchor (&name) defined before it"
            hint = "define the anchor earlier in the file, or write the value out"
        case ("found unknown escape character", _):
            message = "unknown escape sequence in double-quoted text; expected one of \\\\ \\\" \\n \\t \\u…"
            hint = "use single quotes for text with backslashes, or write \\\\ for a backslash"
        case ("found a tab character that violates indentation", _),
            ("found character that cannot start any token", _) where characterAtError == "\t":
            message = "a tab character here; expected spaces for indentation"
            hint = "YAML indentation must use spaces; replace the tab with spaces"
        case ("found character that cannot start any token", _):
            let shown = characterAtError.map { " '\($0)'" } ?? ""
            message =
                "the character\(shown) cannot start a value; expected plain text, a quote, '[', '{' or '-'"
            hint = "quote the value ('…' or \"…\"): @ and ` are reserved in YAML"
        case ("did not find expected <document start>", _):
            message = "expected '---' before a new document"
        case ("block sequence entries are not allowed in this context", _):
            message = "unexpected '- ' — a list item cannot follow a key's value on the same line"
            hint = "start the list on the line after the key, indented"
        default:
            message = context.map { "\($0)\(since): \(problem)" } ?? problem
        }
    }
}
