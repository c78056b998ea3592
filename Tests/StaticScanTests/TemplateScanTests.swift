import Testing

@testable import StaticScan

/// Queries in template loops are findings on the template's own line and column; look-alikes stay
/// silent; a partial rendered in a loop is per item.
@Suite struct TemplateScanTests {
    private func scan(_ path: String, _ text: String, perItem: PerItemTemplates = .init()) -> [Finding] {
        var scanner = Scanner()
        scanner.perItemTemplates = perItem
        return scanner.scan(SourceFile(path: path, text: text, changedLines: nil))
    }

    private func places(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.line):\($0.column) loop \($0.loop_line.map(String.init) ?? "-")" }
    }

    @Test func erbQueryInLoop() {
        let text = """
            <% @posts.each do |post| %>
              <li><%= post.title %> (<%= post.comments.count %>) <%= Tag.where(post_id: post.id).first %></li>
            <% end %>
            <%= Post.where(draft: true).count %>
            <% [1, 2].each do |n| %><%= Post.find(n) %><% end %>
            <%# @posts.each { |p| p.comments.count } %>
            """
        #expect(
            places(scan("app/views/posts/index.html.erb", text)) == [
                "HF101 2:30 loop 1", "HF101 2:58 loop 1",
            ])
    }

    @Test func djangoQueryInLoop() {
        let text = """
            {% for post in posts %}
              {% for c in post.comments.all %}{{ c.author.name }}{% endfor %}
              <span>{{ post.comments.count|default:0 }}</span>
              {% if forloop.first %}first{% endif %}
            {% endfor %}
            {{ posts.count }}
            {% for x in "abc" %}{{ x }}{% endfor %}
            {# {% for p in posts %}{{ p.tags.count }}{% endfor %} #}
            {% comment %}{% for p in posts %}{{ p.tags.count }}{% endfor %}{% endcomment %}
            """
        #expect(
            places(scan("blog/templates/blog/list.html", text)) == ["HF101 2:15 loop 1", "HF101 3:12 loop 1"])
    }

    @Test func bladeQueryInLoop() {
        let text = """
            {{-- @foreach($posts as $p) {{ $p->tags()->count() }} @endforeach --}}
            @foreach($posts as $post)
                <li>{{ $post->user->name }} {{ $post->comments()->count() }}</li>
                {{ $post->tags->count() }}
            @endforeach
            @php $n = App\\Models\\Post::count(); @endphp
            """
        #expect(places(scan("resources/views/posts/index.blade.php", text)) == ["HF101 3:36 loop 2"])
    }

    @Test func razorQueryInLoop() {
        let text = """
            @* @foreach (var o in Model.Orders) { db.Customers.Find(o.Id) } *@
            @foreach (var o in Model.Orders)
            {
                <tr><td>@o.Customer.Name</td><td>@(db.Customers.Count(c => c.Id == o.CustomerId))</td></tr>
            }
            @{ var total = db.Orders.Count(); }
            """
        #expect(places(scan("Views/Orders/Index.cshtml", text)) == ["HF101 4:40 loop 2"])
    }

    @Test func associationReadsAreMemberChainsInTheLoop() {
        let source = "{% for post in posts %}{{ post.author.name }}{% endfor %}"
        let projection = TemplateProjection.project(source, dialect: .django)
        let file = AnalyzedFile(
            path: "templates/a.html", text: projection.text, language: .python, template: projection)
        let chain = file.chains.first { $0.links.first?.name == "post" && $0.links.count == 3 }
        #expect(chain?.links.map(\.name) == ["post", "author", "name"])
        #expect(chain.map { file.loop(containing: $0.start) == 0 } == true)
    }

    @Test func partialRenderedInLoopIsPerItem() {
        let files: [(path: String, text: String)] = [
            (
                "app/templates/app/list.html",
                "{% for row in rows %}{% include \"app/_row.html\" %}{% endfor %}"
            ),
            ("app/templates/app/_row.html", "<td>{{ row.tags.count }}</td>{% include \"app/_cell.html\" %}"),
            ("app/templates/app/_cell.html", "{{ row.owner.groups.count }}"),
            ("app/templates/app/once.html", "{% include \"app/_alone.html\" %}"),
            ("app/templates/app/_alone.html", "{{ user.groups.count }}"),
            ("app/tables.py", "class UsageColumn(Column):\n    cell_template_name = \"app/usage.html\"\n"),
            ("app/templates/app/usage.html", "{% for w in value %}{{ w.name }}{% endfor %}{{ value.count }}"),
            (
                "resources/views/list.blade.php",
                "@foreach($items as $item) @include('parts.item') @endforeach"
            ),
            ("resources/views/parts/item.blade.php", "{{ $item->tags()->count() }}"),
            ("app/views/posts/index.html.erb", "<%= render partial: \"post\", collection: @posts %>"),
            ("app/views/posts/_post.html.erb", "<%= post.comments.count %>"),
        ]
        let perItem = PerItemTemplates.find(in: files)
        #expect(
            perItem.sites.keys.sorted() == [
                "app/templates/app/_cell.html", "app/templates/app/_row.html", "app/templates/app/usage.html",
                "app/views/posts/_post.html.erb", "resources/views/parts/item.blade.php",
            ])
        #expect(
            perItem.site(of: "app/templates/app/_row.html")
                == TemplateRenderSite(path: "app/templates/app/list.html", line: 1))
        let row = scan("app/templates/app/_row.html", files[1].text, perItem: perItem)
        #expect(places(row) == ["HF101 1:8 loop -"])
        #expect(
            row.first?.message.contains("rendered once per item by app/templates/app/list.html:1") == true)
        #expect(scan("app/templates/app/_alone.html", files[4].text, perItem: perItem).isEmpty)
        // The per-row cell iterates and counts a queryset: both run per row.
        #expect(
            places(scan("app/templates/app/usage.html", files[6].text, perItem: perItem)) == [
                "HF101 1:13 loop -", "HF101 1:48 loop -",
            ])
        #expect(
            places(scan("resources/views/parts/item.blade.php", files[8].text, perItem: perItem)).count == 1)
        #expect(places(scan("app/views/posts/_post.html.erb", files[10].text, perItem: perItem)).count == 1)
    }

    @Test func declaredAssociationsNarrowERBCounts() {
        let files: [(path: String, text: String)] = [
            (
                "app/models/post.rb",
                "class Post < ApplicationRecord\n  has_many :comments, dependent: :destroy\nend\n"
            ),
            (
                "app/views/posts/index.html.erb",
                "<% @posts.each do |p| %><%= p.comments.count %><%= p.columns.count %><% end %>"
            ),
        ]
        let perItem = PerItemTemplates.find(in: files)
        #expect(perItem.rubyAssociations == ["comments"])
        #expect(places(scan(files[1].path, files[1].text, perItem: perItem)) == ["HF101 1:29 loop 1"])
    }

    @Test func templateCommentsSuppress() {
        let cases: [(String, String)] = [
            (
                "templates/a.html",
                "{% for p in posts %}\n{# hundredfold:ignore HF101 cached per request #}\n{{ p.tags.count }}\n{% endfor %}"
            ),
            (
                "a.blade.php",
                "@foreach($posts as $p)\n{{-- hundredfold:ignore HF101 cached --}}\n{{ $p->tags()->count() }}\n@endforeach"
            ),
            (
                "Views/a.cshtml",
                "@foreach (var p in Model.Posts) {\n@* hundredfold:ignore HF101 cached *@\n<p>@(db.Tags.Count(t => t.PostId == p.Id))</p>\n}"
            ),
        ]
        for (path, text) in cases {
            #expect(scan(path, text).isEmpty, "\(path)")
            let unsuppressed = text.replacingOccurrences(of: "hundredfold:ignore HF101", with: "note")
            #expect(scan(path, unsuppressed).map(\.rule) == ["HF101"], "\(path)")
        }
    }

    @Test func hamlAndSlimIndentedBlocks() {
        let haml = """
            -# - @posts.each { |p| p.comments.count }
            - @posts.each do |post|
              %li.post{ class: post.kind }= post.title
              %span= post.comments.count
            %p= Post.where(draft: true).count
            - [1, 2].each do |n|
              = Post.find(n)
            """
        #expect(places(scan("app/views/posts/index.html.haml", haml)) == ["HF101 4:10 loop 2"])
        let slim = """
            / - @posts.each { |p| p.comments.count }
            - @posts.each do |post|
              li = post.title
              span= post.comments.count
            p = Post.where(draft: true).count
            """
        #expect(places(scan("app/views/posts/index.html.slim", slim)) == ["HF101 4:9 loop 2"])
    }

    @Test func withoutRepositoryPerRowNamesAreLowConfidence() {
        let files: [(path: String, text: String)] = [
            ("app/templates/app/usage_cell.html", "{{ value.count }}"),
            ("app/templates/app/usage.html", "{{ value.count }}"),
        ]
        let perItem = PerItemTemplates.byName(in: files)
        #expect(perItem.sites.keys.sorted() == ["app/templates/app/usage_cell.html"])
        let cell = scan(files[0].path, files[0].text, perItem: perItem)
        #expect(cell.map(\.confidence) == [.low])
        #expect(cell.first?.message.contains("no repository in view") == true)
        #expect(scan(files[1].path, files[1].text, perItem: perItem).isEmpty)
    }
}
