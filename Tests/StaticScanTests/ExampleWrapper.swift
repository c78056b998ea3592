@testable import StaticScan

/// Wraps example code in a comment or a string literal of its language, the way a user could
/// quote code in documentation or a test fixture.
enum ExampleWrapper {
    /// Every line turned into a line comment (and once more inside a block comment where the
    /// language has them).
    static func inComment(_ code: String, language: Language) -> String {
        let marker: String
        switch language {
        case .python, .ruby, .elixir: marker = "# "
        case .sql: marker = "-- "
        default: marker = "// "
        }
        return code.split(separator: "\n", omittingEmptySubsequences: false).map { marker + $0 }.joined(
            separator: "\n")
    }

    /// The code as the content of string literals of the language: a one-line escaped literal,
    /// and the language's multi-line or raw form when it has one.
    static func inStrings(_ code: String, language: Language) -> [String] {
        let escaped = escape(code, language: language)
        switch language {
        case .python:
            return ["text = \"\(escaped)\"\n", "text = '''\n\(code.replacingBackslashes)\n'''\n"]
        case .javascript, .typescript:
            return [
                "const text = \"\(escaped)\";\n",
                "const text = String.raw`\n\(code.replacing("`", with: "\\`").replacing("${", with: "\\${"))\n`;\n",
            ]
        case .ruby:
            return [
                "text = '\(escapeSingle(code))'\n",
                "text = <<~CODE\n\(code.replacing("#{", with: "\\#{"))\nCODE\n",
            ]
        case .go:
            return ["var text = \"\(escaped)\"\n", "var text = `\n\(code.replacing("`", with: ""))\n`\n"]
        case .java:
            return [
                "String text = \"\(escaped)\";\n",
                "String text = \"\"\"\n\(code.replacingBackslashes)\n\"\"\";\n",
            ]
        case .kotlin:
            return [
                "val text = \"\(escaped)\"\n",
                "val text = \"\"\"\n\(code.replacing("$", with: "${'$'}"))\n\"\"\"\n",
            ]
        case .php:
            return ["$text = '\(escapeSingle(code))';\n", "$text = <<<'CODE'\n\(code)\nCODE;\n"]
        case .csharp:
            return [
                "var text = \"\(escaped)\";\n", "var text = @\"\(code.replacing("\"", with: "\"\""))\";\n",
            ]
        case .swift:
            return ["let text = \"\(escaped)\"\n", "let text = #\"\"\"\n\(code)\n\"\"\"#\n"]
        case .elixir:
            return [
                "text = \"\(code.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("#{", with: "\\#{"))\"\n",
                "@doc \"\"\"\n\(code.replacing("#{", with: "\\#{"))\n\"\"\"\n",
                "text = ~S(\(code.replacing(")", with: "\\)"))\n)\n",
            ]
        case .sql:
            return ["SELECT '\(code.replacing("'", with: "''"))';\n"]
        }
    }

    private static func escape(_ code: String, language: Language) -> String {
        var result = ""
        for character in code {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "$" where language == .kotlin || language == .php: result += "\\$"
            case "{" where language == .csharp: result += "{"
            default: result.append(character)
            }
        }
        return result
    }

    private static func escapeSingle(_ code: String) -> String {
        code.replacing("\\", with: "\\\\").replacing("'", with: "\\'")
    }
}

extension String {
    fileprivate var replacingBackslashes: String { replacing("\\", with: "\\\\") }
}
