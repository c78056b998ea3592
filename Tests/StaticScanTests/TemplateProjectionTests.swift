import Testing

@testable import StaticScan

/// Templates projected onto their host language keep every position, and their loops are loops.
@Suite struct TemplateProjectionTests {
    /// The projected text's line `line`, column `column` onward holds `expected`, as in the template.
    private func expectKept(_ projection: TemplateProjection, _ expected: String, line: Int, column: Int) {
        let lines = projection.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line - 1 < lines.count else {
            Issue.record("no line \(line)")
            return
        }
        let text = Array(lines[line - 1])
        let slice = String(text[(column - 1)..<min(text.count, column - 1 + expected.count)])
        #expect(slice == expected, "line \(line) column \(column)")
    }

    @Test func projectionKeepsLinesAndColumns() {
        let cases: [(TemplateDialect, String, String, Int, Int)] = [
            (
                .erb, "<h1>é</h1>\n<% @posts.each do |p| %>\n  <%= p.author.name %>\n<% end %>\n",
                "p.author.name", 3, 7
            ),
            (
                .django,
                "<p>ü</p>\n{% for c in post.comments.all %}\n <i>{{ c.author.name|upper }}</i>\n{% endfor %}\n",
                "c.author.name", 3, 8
            ),
            (
                .blade, "@foreach($posts as $post)\n  <b>{{ $post->user->name }}</b>\n@endforeach\n",
                "$post->user->name", 2, 9
            ),
            (
                .razor, "@foreach (var o in Model.Orders)\n{\n    <td>@o.Customer.Name</td>\n}\n",
                "o.Customer.Name", 3, 10
            ),
        ]
        for (dialect, source, expected, line, column) in cases {
            let projection = TemplateProjection.project(source, dialect: dialect)
            #expect(
                projection.text.split(separator: "\n", omittingEmptySubsequences: false).count
                    == source.split(separator: "\n", omittingEmptySubsequences: false).count)
            expectKept(projection, expected, line: line, column: column)
            #expect(!projection.text.contains("<"), "\(dialect): markup is blanked")
        }
    }

    @Test func djangoFiltersAreDroppedAndCommentsBlanked() {
        let source = """
            {# {{ post.likes.count }} #}
            {% comment %}{{ post.likes.count }}{% endcomment %}
            {{ task.workflows.all|slice:":5"|join:", " }}
            """
        let projection = TemplateProjection.project(source, dialect: .django)
        #expect(!projection.text.contains("likes"))
        #expect(!projection.text.contains("slice"))
        #expect(projection.text.contains("task.workflows.all"))
    }

    @Test func templateLoopsBecomeLoops() {
        let cases: [(String, TemplateDialect, String, String)] = [
            ("a.html.erb", .erb, "<% @posts.each do |p| %>\n<%= p.title %>\n<% end %>", "each"),
            (
                "templates/a.html", .django,
                "{% for p in posts %}\n{{ p.title }}\n{% empty %}none{% endfor %}", "for"
            ),
            (
                "a.blade.php", .blade, "@forelse($posts as $p)\n{{ $p->title }}\n@empty none @endforelse",
                "forelse"
            ),
            ("a.cshtml", .razor, "@foreach (var p in Model.Posts) {\n<p>@p.Title</p>\n}", "foreach"),
        ]
        for (path, dialect, source, keyword) in cases {
            let projection = TemplateProjection.project(source, dialect: dialect)
            let file = AnalyzedFile(
                path: path, text: projection.text, language: dialect.host, template: projection)
            #expect(file.loops.map(\.keyword) == [keyword], "\(dialect)")
            guard let loop = file.loops.first else { continue }
            #expect(loop.line == 1)
            let title = file.tokens.firstIndex { $0.text.lowercased() == "title" }
            #expect(title.map(loop.contains) == true, "\(dialect): the item line is in the body")
            #expect(!file.tokens.contains { $0.text == "none" }, "\(dialect): the empty branch is text")
        }
    }

    @Test func plainHTMLIsNoTemplate() {
        #expect(TemplateDialect.detect(path: "public/index.html", text: "<p>{{ angular }}</p>") == nil)
        #expect(TemplateDialect.detect(path: "app/templates/x.html", text: "<p>{{ name }}</p>") == .django)
        #expect(TemplateDialect.detect(path: "docs/x.html", text: "{% for x in xs %}{% endfor %}") == .django)
        #expect(TemplateDialect.detect(path: "resources/views/a.blade.php", text: "") == .blade)
        #expect(TemplateDialect.detect(path: "app/views/a.html.erb", text: "") == .erb)
        #expect(TemplateDialect.detect(path: "Pages/a.cshtml", text: "") == .razor)
        #expect(TemplateDialect.detect(path: "templates/readme.md", text: "{% for %}") == nil)
    }
}

/// Random template markup must never crash or hang a projection, and never move a line.
@Suite struct TemplateFuzzTests {
    static let pieces = [
        "{{", "}}", "{%", "%}", "{#", "#}", "{% for x in xs %}", "{% endfor %}", "{% empty %}",
        "{% comment %}",
        "{% endcomment %}", "|slice:\":5\"", "<%", "%>", "<%=", "<%#", "-%>", "<% xs.each do |x| %>",
        "<% end %>",
        "@foreach($xs as $x)", "@endforeach", "@forelse(", "@empty", "@php", "@endphp", "{{--", "--}}", "{!!",
        "!!}", "@include('a.b')", "@", "@*", "*@", "@{", "@(", "@foreach (var x in xs) {", "}", "{", "(", ")",
        "\"", "'", "\n", "  ", "- xs.each do |x|", "= x.count", "%li= x", "-#", "/", "é", "💥", "x.y.count",
        "<td>", "</td>", "\t",
    ]

    @Test func randomMarkupProjects() {
        var generator = FuzzTests.Generator(state: 7)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<generator.below(60) {
                text += Self.pieces[generator.below(Self.pieces.count)]
            }
            for dialect in TemplateDialect.allCases {
                let projection = TemplateProjection.project(text, dialect: dialect)
                #expect(
                    projection.text.split(separator: "\n", omittingEmptySubsequences: false).count
                        == text.split(separator: "\n", omittingEmptySubsequences: false).count)
                let file = AnalyzedFile(
                    path: "t", text: projection.text, language: dialect.host, template: projection,
                    renderedPerItem: TemplateRenderSite(path: "p", line: 1))
                _ = file.loopCalls
                _ = RuleRegistry.all.filter { $0.description.languages.contains(dialect.host) }.map {
                    $0.check(file)
                }
            }
        }
    }
}
