import Testing

@testable import StaticScan

@Suite struct SuppressionTests {
    static let loop = "for u in users:\n    User.objects.get(id=u)\n"

    static func scan(_ text: String, changed: Set<Int>? = nil) -> [String] {
        Scanner().scan(SourceFile(path: "x.py", text: text, changedLines: changed)).map {
            "\($0.rule)@\($0.line)"
        }
    }

    @Test func parsesRulesAndReason() {
        let comment = Comment(
            text: "/* hundredfold:ignore HF101, hf103 - ids are capped */", offset: 0, line: 4, column: 3,
            trailing: false)
        let parsed = Suppression.parse(comment)
        #expect(
            parsed == [
                Suppression(line: 4, column: 6, ruleIDs: ["HF101", "HF103"], reason: "ids are capped")
            ])
        let bare = Suppression.parse(
            Comment(text: "# hundredfold:ignore HF102", offset: 0, line: 1, column: 1, trailing: false))
        #expect(bare.first?.reason == nil)
    }

    @Test func silencesTheLineAndTheLineBelow() {
        #expect(Self.scan(Self.loop) == ["HF101@2"])
        #expect(
            Self.scan(
                "for u in users:\n    # hundredfold:ignore HF101 capped at 3\n    User.objects.get(id=u)\n"
            ).isEmpty)
        #expect(
            Self.scan("for u in users:\n    User.objects.get(id=u)  # hundredfold:ignore HF101 capped\n")
                .isEmpty)
        #expect(Self.scan("# hundredfold:ignore HF101 capped\n" + Self.loop).isEmpty)
        #expect(Self.scan("# hundredfold:ignore HF103 wrong rule\n" + Self.loop) == ["HF902@1", "HF101@3"])
    }

    @Test func reasonlessSuppressionsStillSuppressButAreReported() {
        #expect(
            Self.scan("for u in users:\n    User.objects.get(id=u)  # hundredfold:ignore HF101\n") == [
                "HF901@2"
            ])
    }

    @Test func unusedSuppressionsCountOnlyInChangedLines() {
        let text = "x = 1  # hundredfold:ignore HF101 stale\ny = 2\n"
        #expect(Self.scan(text) == ["HF902@1"])
        #expect(Self.scan(text, changed: [2]).isEmpty)
        #expect(Self.scan(text, changed: [1]) == ["HF902@1"])
    }
}
