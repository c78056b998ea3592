import RepositoryIndex
import Testing

@testable import StaticScan

/// HF106 where the lazy read itself does not change: a change that removes the eager loading
/// of the rows a loop reads, and partials rendered once per item that read an association of
/// the item they are given.
@Suite struct LazyReadTests {
    private func scan(_ file: SourceFile, in files: [SourceFile]) -> [Finding] {
        var scanner = Scanner(repository: IndexBuilder.build(files))
        scanner.perItemTemplates = PerItemTemplates.find(in: files.map { ($0.path, $0.text) })
        return scanner.scan(file)
    }

    private func lazyReads(_ findings: [Finding]) -> [String] {
        findings.filter { $0.rule == "HF106" }.map { "\($0.line) \($0.severity.rawValue)" }
    }

    private static let journals = """
        class Journal < ApplicationRecord
          belongs_to :user
          belongs_to :issue
        end

        def last_updated_by(issues, ids)
          journals = Journal.where(id: ids).to_a
          issues.each do |issue|
            journal = journals.detect { |j| j.issue_id == issue.id }
            issue.updated_by = journal.try(:user)
          end
        end
        """

    @Test func removedEagerLoadMakesTheUnchangedReadANewFinding() {
        let removed = [
            RemovedLine(anchor: 7, text: "  journals = Journal.where(id: ids).preload(:user).to_a")
        ]
        let file = SourceFile(
            path: "app/models/journal.rb", text: Self.journals, changedLines: [], removedLines: removed)
        let findings = scan(file, in: [file])
        #expect(lazyReads(findings) == ["10 error"])
        let read = findings.first { $0.rule == "HF106" }
        #expect(read?.via?.map(\.line) == [7])
        #expect(read?.message.contains("the change removed its eager loading (`preload`)") == true)
    }

    @Test func otherRemovalsLeaveTheUnchangedReadAlone() {
        // Another association, and the same association on other rows: the read was lazy before.
        for text in [
            "  journals = Journal.where(id: ids).preload(:issue).to_a",
            "  others = Journal.where(id: ids).preload(:user).to_a",
        ] {
            let removed = [RemovedLine(anchor: 7, text: text)]
            let file = SourceFile(
                path: "app/models/journal.rb", text: Self.journals, changedLines: [], removedLines: removed)
            #expect(lazyReads(scan(file, in: [file])).isEmpty, "\(text)")
        }
    }

    private static let pageModels = SourceFile(
        path: "app/models.py",
        text: """
            from django.db import models

            class Locale(models.Model):
                language_code = models.CharField(max_length=100)

            class Page(models.Model):
                title = models.CharField(max_length=255)
                locale = models.ForeignKey(Locale, on_delete=models.PROTECT)
                parent = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)
            """, changedLines: nil)
    private static let columns = SourceFile(
        path: "app/tables.py",
        text: """
            class TitleColumn(Column):
                cell_template_name = "app/_title_cell.html"
            """, changedLines: nil)

    @Test func perRowTemplateReadsTheItemsAssociation() {
        let cell = SourceFile(
            path: "app/templates/app/_title_cell.html",
            text: """
                <td class="{{ column.classname }}">
                  {% include "app/_title.html" with page=instance %}
                </td>
                """, changedLines: nil)
        let title = SourceFile(
            path: "app/templates/app/_title.html",
            text: """
                <span lang="{{ page.locale.language_code }}">{{ page.title }}</span>
                <a href="{{ column.parent.url }}">{{ request.user.locale.language_code }}</a>
                """, changedLines: nil)
        let files = [Self.pageModels, Self.columns, cell, title]
        #expect(lazyReads(scan(title, in: files)) == ["1 error"])
        #expect(scan(title, in: files).first?.message.contains("rendered once per item by") == true)
        // A view eager-loads `locale`: the cell's rows most likely come from there (on real apps
        // the feeding query eager-loaded the association 9 times in 10).
        let view = SourceFile(
            path: "app/views.py",
            text: "def explore(request):\n    return Page.objects.select_related(\"locale\")\n",
            changedLines: nil)
        #expect(lazyReads(scan(title, in: files + [view])).isEmpty)
    }

    @Test func templateNotRenderedPerItemReadsOnce() {
        let detail = SourceFile(
            path: "app/templates/app/detail.html",
            text: "<span lang=\"{{ page.locale.language_code }}\">{{ page.title }}</span>", changedLines: nil)
        #expect(lazyReads(scan(detail, in: [Self.pageModels, detail])).isEmpty)
    }

    @Test func collectionPartialReadsItsElementsAssociation() {
        let model = SourceFile(
            path: "app/models/comment.rb",
            text: "class Comment < ApplicationRecord\n  belongs_to :user\nend\n", changedLines: nil)
        let index = SourceFile(
            path: "app/views/comments/index.html.erb",
            text: "<%= render partial: \"comments/comment\", collection: @comments %>", changedLines: nil)
        let partial = SourceFile(
            path: "app/views/comments/_comment.html.erb",
            text: """
                <strong><%= comment.user.name %></strong>
                <span><%= comment.user_id %> <%= current_user.account.name %></span>
                """, changedLines: nil)
        #expect(lazyReads(scan(partial, in: [model, index, partial])) == ["1 error"])
    }

    @Test func bladePartialIncludedPerEntityReadsItsRelation() {
        let model = SourceFile(
            path: "app/Models/Page.php",
            text: """
                <?php
                class Page extends Model
                {
                    public function book(): BelongsTo
                    {
                        return $this->belongsTo(Book::class);
                    }
                }
                """, changedLines: nil)
        let list = SourceFile(
            path: "resources/views/entities/list.blade.php",
            text: """
                @foreach($entities as $entity)
                    @include('entities.list-item', ['entity' => $entity, 'showPath' => true])
                @endforeach
                """, changedLines: nil)
        let item = SourceFile(
            path: "resources/views/entities/list-item.blade.php",
            text: """
                <span>{{ $entity->book->getShortName(42) }}</span>
                <span>{{ $entity->book_id }} {{ $shelf->book->getShortName(42) }}</span>
                """, changedLines: nil)
        #expect(lazyReads(scan(item, in: [model, list, item])) == ["1 error"])
    }
}
