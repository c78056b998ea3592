/// The functions an Elixir file defines (`def`/`defp`) that run I/O, directly or through other
/// functions of the same file: a loop calling one runs that I/O per item.
///
/// Phoenix view clauses are keyed by template (`render:post.json`), so `render_many(posts,
/// __MODULE__, "post.json")` finds the clause `def render("post.json", %{post: post})`.
public struct LocalFunctions {
    /// The I/O a function reaches: the cataloged call, its line, and the functions in between.
    struct Reach: Sendable {
        var kind: CallKind
        var family: String
        var call: String
        var line: Int
        /// The same-file functions from the called one to the I/O call (`post_json`, `author_of`).
        var path: [String]
    }

    /// Function name (or `render:TEMPLATE`) → the I/O it reaches.
    private(set) var reach: [String: Reach] = [:]
    /// Module names the file defines (`MyAppWeb.PostView` and `PostView`).
    private(set) var modules: Set<String> = []

    static let amplifiedKinds: Set<CallKind> = [.dbRead, .dbWrite, .http, .cache, .storage]

    /// A `def`/`defp` clause or a `defmodule` of an Elixir file: its name, name token and body.
    public struct Definition: Sendable {
        /// The function name (`render:TEMPLATE` for a view clause) or the module's dotted name.
        public var name: String
        public var nameToken: Int
        public var body: Range<Int>
    }

    /// The modules and function clauses an Elixir file defines, in order.
    public static func definitions(in file: AnalyzedFile) -> (modules: [Definition], functions: [Definition])
    {
        guard file.language == .elixir else { return ([], []) }
        let tokens = file.tokens
        let ends = LoopFinder.elixirBlockEnds(tokens, brackets: file.brackets)
        var modules: [Definition] = []
        var functions: [Definition] = []
        for index in tokens.indices where tokens[index].kind == .identifier && tokens[index].startsLine {
            let word = tokens[index].text
            if word == "defmodule", index + 1 < tokens.count {
                var names: [String] = []
                var cursor = index + 1
                while cursor < tokens.count, tokens[cursor].kind == .identifier {
                    names.append(tokens[cursor].text)
                    guard cursor + 1 < tokens.count, tokens[cursor + 1].is(".") else { break }
                    cursor += 2
                }
                let open = cursor + 1
                let body =
                    open < tokens.count && tokens[open].is("do") ? ends[open].map { (open + 1)..<$0 } : nil
                modules.append(
                    Definition(
                        name: names.joined(separator: "."), nameToken: cursor,
                        body: body ?? (index + 1)..<tokens.count))
                continue
            }
            guard word == "def" || word == "defp", index + 1 < tokens.count,
                tokens[index + 1].kind == .identifier,
                let body = Self.body(
                    ofDefinitionAt: index, tokens: tokens, ends: ends, brackets: file.brackets)
            else { continue }
            var key = tokens[index + 1].text
            if key == "render", index + 3 < tokens.count, tokens[index + 2].is("("),
                tokens[index + 3].kind == .string
            {
                key = "render:" + tokens[index + 3].text
            }
            functions.append(Definition(name: key, nameToken: index + 1, body: body))
        }
        return (modules, functions)
    }

    init(file: AnalyzedFile) {
        guard file.language == .elixir else { return }
        let tokens = file.tokens
        let definitions = Self.definitions(in: file)
        for module in definitions.modules {
            modules.insert(module.name)
            if let last = module.name.split(separator: ".").last { modules.insert(String(last)) }
        }
        var bodies: [String: [Range<Int>]] = [:]
        for function in definitions.functions { bodies[function.name, default: []].append(function.body) }
        // Direct I/O first, then callers of functions that reach I/O, to a fixed point.
        for (name, ranges) in bodies {
            for range in ranges {
                if let call = file.calls(in: range).first(where: {
                    $0.executes && Self.amplifiedKinds.contains($0.kind)
                }) {
                    reach[name] = Reach(
                        kind: call.kind, family: call.family, call: call.text,
                        line: tokens[call.nameToken].line, path: [name])
                    break
                }
            }
        }
        // Calls of the file's own functions, found once: `post_json(p)`, `&post_json/1`, `|> post_json()`.
        let localCalls = file.chains.compactMap { chain -> (start: Int, name: String)? in
            guard chain.links.count == 1, chain.links[0].isCall, bodies[chain.links[0].name] != nil else {
                return nil
            }
            return (chain.start, chain.links[0].name)
        }
        var changed = true
        var rounds = 0
        while changed, rounds < 8 {
            changed = false
            rounds += 1
            for (name, ranges) in bodies.sorted(by: { $0.key < $1.key }) where reach[name] == nil {
                for range in ranges {
                    guard
                        let callee = localCalls.first(where: {
                            range.contains($0.start) && reach[$0.name] != nil
                        }),
                        let found = reach[callee.name]
                    else { continue }
                    var via = found
                    via.path = [name] + found.path
                    reach[name] = via
                    changed = true
                    break
                }
            }
        }
    }

    /// The body of the `def` at `index`: `do … end`, or the expression after `, do:`.
    private static func body(
        ofDefinitionAt index: Int, tokens: [Token], ends: [Int: Int], brackets: BracketMap
    ) -> Range<Int>? {
        var cursor = index + 2
        while cursor < tokens.count, cursor - index < 200 {
            let token = tokens[cursor]
            if token.kind == .punctuation, ["(", "[", "{"].contains(token.text),
                let close = brackets.partner(of: cursor), close > cursor
            {
                cursor = close + 1
                continue
            }
            if token.is("do") {
                if let end = ends[cursor] { return (cursor + 1)..<end }
                guard cursor + 1 < tokens.count, tokens[cursor + 1].is(":") else { return nil }
                var end = cursor + 2
                while end < tokens.count,
                    !(tokens[end].startsLine && tokens[end].indent <= tokens[index].indent)
                {
                    end += 1
                }
                return (cursor + 2)..<end
            }
            if cursor > index + 2, token.startsLine, token.indent <= tokens[index].indent { return nil }
            cursor += 1
        }
        return nil
    }
}
