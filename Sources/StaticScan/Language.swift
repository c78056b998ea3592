/// A language the scanner understands, chosen from a file's extension or its shebang line.
public enum Language: String, Sendable, CaseIterable, Codable, Hashable {
    case python
    case javascript
    case typescript
    case ruby
    case go
    case java
    case kotlin
    case php
    case csharp
    case swift
    case sql
    case elixir

    /// A distinct bit per language, for language sets tested in hot loops: `Set<Language>` hashes
    /// the raw-value string on every `contains`.
    var bit: UInt32 {
        switch self {
        case .python: 1 << 0
        case .javascript: 1 << 1
        case .typescript: 1 << 2
        case .ruby: 1 << 3
        case .go: 1 << 4
        case .java: 1 << 5
        case .kotlin: 1 << 6
        case .php: 1 << 7
        case .csharp: 1 << 8
        case .swift: 1 << 9
        case .sql: 1 << 10
        case .elixir: 1 << 11
        }
    }

    /// The name users read (`C#`, `TypeScript`).
    public var displayName: String {
        switch self {
        case .python: "Python"
        case .javascript: "JavaScript"
        case .typescript: "TypeScript"
        case .ruby: "Ruby"
        case .go: "Go"
        case .java: "Java"
        case .kotlin: "Kotlin"
        case .php: "PHP"
        case .csharp: "C#"
        case .swift: "Swift"
        case .sql: "SQL"
        case .elixir: "Elixir"
        }
    }

    /// The usual file extension, used to name example files.
    public var fileExtension: String {
        switch self {
        case .python: "py"
        case .javascript: "js"
        case .typescript: "ts"
        case .ruby: "rb"
        case .go: "go"
        case .java: "java"
        case .kotlin: "kt"
        case .php: "php"
        case .csharp: "cs"
        case .swift: "swift"
        case .sql: "sql"
        case .elixir: "ex"
        }
    }

    // MARK: - Detection

    private static let byExtension: [String: Language] = [
        "py": .python, "pyw": .python, "pyi": .python,
        "js": .javascript, "mjs": .javascript, "cjs": .javascript, "jsx": .javascript,
        "ts": .typescript, "tsx": .typescript, "mts": .typescript, "cts": .typescript,
        "rb": .ruby, "rake": .ruby, "gemspec": .ruby, "ru": .ruby,
        "go": .go,
        "java": .java,
        "kt": .kotlin, "kts": .kotlin,
        "php": .php, "phtml": .php,
        "cs": .csharp,
        "swift": .swift,
        "sql": .sql,
        // EEx/HEEx templates are scanned as Elixir through ``EExProjection``.
        "ex": .elixir, "exs": .elixir, "eex": .elixir, "heex": .elixir, "leex": .elixir,
    ]

    private static let byFileName: [String: Language] = [
        "Rakefile": .ruby, "Gemfile": .ruby, "Guardfile": .ruby, "Podfile": .ruby,
    ]

    private static let byInterpreter: [String: Language] = [
        "python": .python, "node": .javascript, "nodejs": .javascript, "deno": .typescript,
        "ts-node": .typescript, "tsx": .typescript, "bun": .javascript, "ruby": .ruby,
        "php": .php, "swift": .swift, "kotlin": .kotlin, "kscript": .kotlin,
        "elixir": .elixir,
    ]

    /// The language of `path`, from its extension or file name, else from `firstLine` when it is
    /// a shebang (`#!/usr/bin/env python3`); nil for anything else.
    public static func detect(path: String, firstLine: String?) -> Language? {
        let name: String
        if let slash = path.lastIndex(of: "/"), path.index(after: slash) < path.endIndex {
            name = String(path[path.index(after: slash)...])
        } else {
            name = path.split(separator: "/").last.map(String.init) ?? path
        }
        if let language = byFileName[name] { return language }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let ext = name[name.index(after: dot)...].lowercased()
            if let language = byExtension[ext] { return language }
        }
        guard let firstLine, firstLine.hasPrefix("#!") else { return nil }
        return interpreter(ofShebang: firstLine)
    }

    private static func interpreter(ofShebang line: String) -> Language? {
        let words = line.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" })
        var candidates = words.map { $0.split(separator: "/").last.map(String.init) ?? "" }
        if candidates.first == "env" { candidates.removeFirst() }
        guard var program = candidates.first(where: { !$0.hasPrefix("-") }) else { return nil }
        // python3.12, ruby2.7, php8 → their base name.
        while let last = program.last, last.isNumber || last == "." { program.removeLast() }
        return byInterpreter[program]
    }
}
