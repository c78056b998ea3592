import Testing

@testable import StaticScan

/// Strings and comments of every language: their content must never come out as code tokens.
@Suite struct LexerTests {
    /// The identifiers outside strings and comments.
    static func code(_ text: String, _ language: Language) -> [String] {
        Lexer.lex(text, language: language).tokens.filter { $0.kind == .identifier }.map(\.text)
    }

    static func strings(_ text: String, _ language: Language) -> [String] {
        Lexer.lex(text, language: language).tokens.filter { $0.kind == .string }.map(\.text)
    }

    @Test func pythonStrings() {
        let text = #"""
            a = f"{x['}']} hidden" + r'\d' + "\"still" + b"""
            doc hidden
            """ + rb'x'
            # comment hidden
            after = 1
            """#
        #expect(Self.code(text, .python) == ["a", "after"])
        #expect(Self.strings(text, .python).count == 5)
    }

    @Test func javascriptTemplatesAndRegex() {
        let text = #"""
            const a = `x ${ {k: "}"}.k + `nested ${y}` } hidden`;
            const r = /"hidden/g; // hidden
            const d = total / count / 2; /* hidden */ const e = 1;
            """#
        #expect(
            Self.code(text, .javascript) == [
                "const", "a", "const", "r", "g", "const", "d", "total", "count", "const", "e",
            ])
    }

    @Test func rubyHeredocsPercentLiteralsAndBlockComments() {
        let text = """
            sql = <<~SQL, other
              SELECT hidden FROM t
            SQL
            words = %w(hidden (nested) words)
            =begin
            hidden
            =end
            s = "a #{ "}" } hidden" # hidden
            x = y % 3
            """
        #expect(Self.code(text, .ruby) == ["sql", "other", "words", "s", "x", "y"])
        #expect(Self.strings(text, .ruby).first == "  SELECT hidden FROM t\n")
    }

    @Test func phpHeredocNowdocAndTemplateText() {
        let text = """
            <html>hidden <?php foreach ($a as $b) { ?> hidden <?= $c ?>
            <?php $q = <<<SQL
              SELECT hidden
              SQL;
            $n = <<<'TXT'
            hidden
            TXT;
            # hidden
            #[Attribute]
            $z = "a {$x['}']} hidden";
            """
        #expect(Self.code(text, .php) == ["foreach", "$a", "as", "$b", "$c", "$q", "$n", "Attribute", "$z"])
    }

    @Test func goKotlinJavaCSharpSwiftStrings() {
        #expect(Self.code("x := `hidden\n\"` + \"hidden\" + 'h'", .go) == ["x"])
        #expect(
            Self.code(
                "val s = \"\"\"hidden ${ \"}\" } hidden\"\"\" /* a /* nested */ hidden */ val t = 1", .kotlin)
                == ["val", "s", "val", "t"])
        #expect(
            Self.code("String s = \"\"\"\n  hidden \" \n  \"\"\"; char c = '\"';", .java) == [
                "String", "s", "char", "c",
            ])
        #expect(
            Self.code(#"var a = $@"x {b} ""hidden"" "; var c = $"{{hidden}} {d}";"#, .csharp) == [
                "var", "a", "var", "c",
            ])
        #expect(
            Self.code(##"let a = #"hidden "quoted" \(hidden)"#; let b = "\(c + ")") hidden""##, .swift) == [
                "let", "a", "let", "b",
            ])
    }

    @Test func sqlDollarQuotesAndComments() {
        let text =
            "SELECT a FROM t -- hidden\nWHERE b = 'it''s hidden' AND c = $fn$ hidden $fn$ /* hidden */;"
        #expect(Self.code(text, .sql) == ["SELECT", "a", "FROM", "t", "WHERE", "b", "AND", "c"])
    }

    @Test func positionsCountScalarsAndLines() {
        let tokens = Lexer.lex("é = 1\n  b = \"ü\" + c", language: .python).tokens
        let c = tokens.first { $0.text == "c" }
        #expect(c?.line == 2)
        #expect(c?.column == 13)
        #expect(tokens.first { $0.text == "b" }?.startsLine == true)
        #expect(tokens.first { $0.text == "b" }?.indent == 2)
    }

    @Test func commentsAreKeptWithTheirPlace() {
        let lexed = Lexer.lex("x = 1  # hundredfold:ignore HF101 why\n# alone", language: .python)
        #expect(lexed.comments.count == 2)
        #expect(lexed.comments[0].trailing)
        #expect(lexed.comments[0].column == 8)
        #expect(!lexed.comments[1].trailing)
    }

    @Test func unterminatedLiteralsEndAtLineOrFile() {
        #expect(Self.code("a = 'open\nb = 2", .python) == ["a", "b"])
        #expect(Self.code("x = \"\"\"never closed\ny = 1", .python) == ["x"])
        #expect(Self.code("/* never closed\nlet y = 1", .javascript).isEmpty)
    }
}
