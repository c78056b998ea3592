import Testing

@testable import StaticScan

@Suite struct LanguageTests {
    @Test(arguments: [
        ("app/models.py", Language.python), ("web/index.mjs", .javascript), ("src/App.tsx", .typescript),
        ("lib/tasks/x.rake", .ruby), ("Gemfile", .ruby), ("cmd/main.go", .go), ("A.java", .java),
        ("build.gradle.kts", .kotlin), ("views/x.phtml", .php), ("Program.cs", .csharp),
        ("Sources/A.swift", .swift),
        ("db/schema.SQL", .sql),
    ])
    func detectsByExtension(_ path: String, _ language: Language) {
        #expect(Language.detect(path: path, firstLine: nil) == language)
    }

    @Test(arguments: [
        ("#!/usr/bin/env python3", Language.python), ("#!/usr/bin/python3.12", .python),
        ("#!/usr/bin/env node", .javascript),
        ("#!/usr/bin/env -S deno run", .typescript), ("#!/usr/bin/ruby -w", .ruby),
        ("#!/usr/bin/env php", .php),
        ("#!/usr/bin/env swift", .swift),
    ])
    func detectsByShebang(_ line: String, _ language: Language) {
        #expect(Language.detect(path: "bin/tool", firstLine: line) == language)
    }

    @Test func unknownFilesHaveNoLanguage() {
        #expect(Language.detect(path: "README.md", firstLine: "# Title") == nil)
        #expect(Language.detect(path: "bin/run", firstLine: "#!/bin/sh") == nil)
        #expect(Language.detect(path: ".env", firstLine: nil) == nil)
    }
}
