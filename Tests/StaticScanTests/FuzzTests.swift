import Foundation
import Testing

@testable import StaticScan

/// Random input must never crash or hang the lexer, the structure finder, or the rules.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let pieces = [
        "\"", "'", "`", "${", "#{", "{", "}", "(", ")", "[", "]", "/*", "*/", "//", "#", "--", "<<~SQL\n",
        "SQL\n",
        "<<<EOT\n", "EOT;", "\"\"\"", "'''", "#\"", "\"#", "%w(", "\\", "\n", "  ", "for x in xs:\n    ",
        "for (",
        " of ", " range ", "do |x|", "end", "=begin\n", "=end\n", "<?php", "?>", "$$",
        "db.query(\"SELECT 1\")",
        "User.objects.get(id=x)", ".forEach(x => ", ".each do |u|", "=>", "->", "é", "💥", "\t", ";", ":", ".",
        "$x",
        "@\"", "$@\"", "r\"", "f'{", "\\(", "/", "%", "?", "!", "while ", "foreach (", " as ", "loop do",
        "while true {",
    ]

    @Test(arguments: Language.allCases) func randomInputNeverCrashes(_ language: Language) {
        var random = Generator(state: UInt64(language.rawValue.count) &* 7919)
        let scanner = Scanner()
        for _ in 0..<150 {
            var text = ""
            for _ in 0..<random.below(120) {
                if random.below(4) == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt8(random.below(128))))
                } else {
                    text += Self.pieces[random.below(Self.pieces.count)]
                }
            }
            let findings = scanner.scan(
                SourceFile(path: "fuzz.\(language.fileExtension)", text: text, changedLines: nil))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(findings.allSatisfy { $0.line >= 1 && $0.line <= lines && $0.column >= 1 })
        }
    }

    /// Found by the FuzzScan harness (Tests/Fuzz): a HEEx tag with an attribute expression in the
    /// first five scalars made the `:for={` check read before the start of the template.
    @Test(arguments: ["<a{@x}>\n", "<p{", "<a {@x} :for={x <- @xs}>"])
    func heexTagNearTheStartOfTheFile(_ text: String) {
        let outcome = Scanner().scanReportingSkip(
            SourceFile(path: "lib/app_web/page.html.heex", text: text, changedLines: nil))
        #expect(outcome.findings.isEmpty)
    }

    /// The input FuzzScan crashed on, as it found it (its first byte, the file-name choice, removed).
    @Test func fuzzedHEExTemplate() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-heex-tag-at-start.html.heex")
        let text = String(decoding: try Data(contentsOf: fixture), as: UTF8.self)
        _ = Scanner().scanReportingSkip(
            SourceFile(path: "lib/app_web/page.html.heex", text: text, changedLines: nil))
    }

    @Test func deepNestingAndLongLinesStayLinear() {
        let deep = String(repeating: "(", count: 20_000) + String(repeating: "]", count: 20_000)
        let interpolation = "x = `" + String(repeating: "${`", count: 5_000) + "\n"
        let long = "a" + String(repeating: ".b(c)", count: 20_000)
        for (text, language) in [
            (deep, Language.javascript), (interpolation, .javascript), (long, .python),
            (String(repeating: "for x in y:\n ", count: 3_000), .python),
            (String(repeating: "xs.each do |x|\n", count: 3_000), .ruby),
        ] {
            let file = AnalyzedFile(path: "x", text: text, language: language)
            _ = file.loopCalls
            #expect(file.tokens.count > 0)
        }
    }
}
