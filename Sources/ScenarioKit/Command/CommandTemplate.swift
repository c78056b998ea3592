import Foundation
import SQLiteHarness

/// A `command:` step's command line with `{name}` placeholders filled from a request's parameters.
enum CommandTemplate {
    /// `command` with every `{name}` whose name is a parameter replaced by its value, shell-quoted.
    /// Braces around anything else (`${HOME}`, `awk '{print $1}'`) are left as written.
    static func substitute(_ command: String, params: [String: SQLValue]) -> String {
        var output = ""
        var rest = command[...]
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = params[String(rest[afterOpen..<close])]
            {
                output += shellQuoted(text(of: value))
                rest = rest[rest.index(after: close)...]
            } else {
                output += "{"
                rest = rest[afterOpen...]
            }
        }
        return output + rest
    }

    /// `text` as one shell word: single-quoted, with embedded single quotes closed and escaped.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The value as a program would receive it on its command line. A blob is passed as hex.
    static func text(of value: SQLValue) -> String {
        switch value {
        case .null: ""
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        case .text(let text): text
        case .blob(let bytes): bytes.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// The program a command starts with, found on `PATH`: its first word that is not a variable
    /// assignment. Nil for shell syntax that does not start with a plain word.
    static func program(of command: String, path: String) -> String? {
        let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard let word = words.first(where: { !$0.contains("=") }).map(String.init),
            word.allSatisfy({ $0.isLetter || $0.isNumber || "._-/+".contains($0) })
        else { return nil }
        if word.contains("/") { return word }
        return path.split(separator: ":").map { "\($0)/\(word)" }.first { access($0, X_OK) == 0 }
    }
}
