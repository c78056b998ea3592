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

    /// A change that turns a foreign-key column read into the association in a partial rendered
    /// per item (`page.locale_id` → `page.locale.language_code`) is a warning although some query
    /// eager-loads the association: nothing shows that every list rendering it does. A read the
    /// change merely adds, or one already there, stays silent.
    @Test func columnReplacedByItsAssociationInAPartialIsAWarning() {
        let cell = SourceFile(
            path: "app/templates/app/_title_cell.html",
            text: "<td>{% include \"app/_title.html\" with page=instance %}</td>", changedLines: nil)
        let view = SourceFile(
            path: "app/views.py",
            text: "def explore(request):\n    return Page.objects.select_related(\"locale\")\n",
            changedLines: nil)
        let text = """
            <span lang="{{ page.locale.language_code }}">{{ page.title }}</span>
            <a href="{{ page.url }}">{{ page.title }}</a>
            """
        func reads(changed: Set<Int>?, removed: String? = nil) -> [Finding] {
            let title = SourceFile(
                path: "app/templates/app/_title.html", text: text, changedLines: changed,
                removedLines: removed.map { [RemovedLine(anchor: 1, text: $0)] } ?? [])
            return scan(title, in: [Self.pageModels, Self.columns, cell, view, title]).filter {
                $0.rule == "HF106"
            }
        }
        let replaced = reads(
            changed: [1], removed: "<span lang=\"{% language_code_from_id page.locale_id %}\">")
        #expect(lazyReads(replaced) == ["1 warning"])
        #expect(replaced.first?.confidence == .low)
        #expect(replaced.first?.via?.first?.name == "page.locale_id")
        #expect(
            replaced.first?.message.contains(
                "some queries of the repository eager-load it, but this change replaced the column read `page.locale_id`"
            )
                == true)
        // Look-alikes: the read added without a column read removed; the column of another name.
        #expect(reads(changed: [1], removed: "<span>{{ page.title }}</span>").isEmpty)
        #expect(reads(changed: [1], removed: "<span lang=\"{{ parent.locale_id }}\">").isEmpty)
        #expect(reads(changed: [1]).isEmpty)
        #expect(reads(changed: nil).isEmpty)
    }

    private static let bookPage = SourceFile(
        path: "app/Models/Page.php",
        text: """
            <?php
            class Page extends Model
            {
                public function book(): BelongsTo
                {
                    return $this->belongsTo(Book::class);
                }
                public function chapter(): BelongsTo
                {
                    return $this->belongsTo(Chapter::class);
                }
            }
            """, changedLines: nil)
    private static let entityList = SourceFile(
        path: "resources/views/entities/list.blade.php",
        text: """
            @foreach($entities as $entity)
                @include('entities.list-item', ['entity' => $entity])
            @endforeach
            """, changedLines: nil)

    /// A change that removes the loaded-check around a read makes the unchanged read lazy: it is
    /// reported with the removed check as related location (a warning when some query loads the
    /// association, an error when none does); removing a check of another relation, or keeping
    /// the check, changes nothing.
    @Test func removedLoadedCheckMakesTheUnchangedReadLazy() {
        let text = """
            @if($entity->book_id)
                <span>{{ $entity->book->getShortName(42) }}</span>
            @endif
            """
        let home = SourceFile(
            path: "app/Http/Controllers/HomeController.php",
            text: "<?php\n$pages = Page::visible()->with('book')->take(10)->get();\n", changedLines: nil)
        func reads(removed: String, eagerElsewhere: Bool, head: String = text) -> [Finding] {
            let item = SourceFile(
                path: "resources/views/entities/list-item.blade.php", text: head, changedLines: [1],
                removedLines: [RemovedLine(anchor: 1, text: removed)])
            let files = [Self.bookPage, Self.entityList, item] + (eagerElsewhere ? [home] : [])
            return scan(item, in: files).filter { $0.rule == "HF106" }
        }
        let guarded = "@if($entity->relationLoaded('book') && $entity->book)"
        let withLoad = reads(removed: guarded, eagerElsewhere: true)
        #expect(lazyReads(withLoad) == ["2 warning"])
        #expect(withLoad.first?.via?.map(\.line) == [1])
        #expect(withLoad.first?.via?.first?.name == "relationLoaded('book')")
        #expect(withLoad.first?.message.contains("removed the check `relationLoaded('book')`") == true)
        #expect(lazyReads(reads(removed: guarded, eagerElsewhere: false)) == ["2 error"])
        // Look-alikes: another relation's check removed; the check still there in the head.
        let chapter = "@if($entity->relationLoaded('chapter') && $entity->book)"
        #expect(reads(removed: chapter, eagerElsewhere: true).isEmpty)
        let kept = """
            @if($entity->relationLoaded('book') && $entity->book_id)
                <span>{{ $entity->book->getShortName(42) }}</span>
            @endif
            """
        #expect(reads(removed: guarded, eagerElsewhere: false, head: kept).isEmpty)
    }

    /// A Rails collection partial that now reads `comment.user` instead of `comment.user_id`: a
    /// warning when a controller includes the association, an error when nothing loads it.
    @Test func columnReplacedInACollectionPartial() {
        let model = SourceFile(
            path: "app/models/comment.rb",
            text: "class Comment < ApplicationRecord\n  belongs_to :user\nend\n", changedLines: nil)
        let index = SourceFile(
            path: "app/views/comments/index.html.erb",
            text: "<%= render partial: \"comments/comment\", collection: @comments %>", changedLines: nil)
        let controller = SourceFile(
            path: "app/controllers/feed_controller.rb",
            text:
                "class FeedController\n  def show\n    @comments = Comment.includes(:user).last(5)\n  end\nend\n",
            changedLines: nil)
        let partial = SourceFile(
            path: "app/views/comments/_comment.html.erb",
            text: "<p><%= comment.body %></p>\n<strong><%= comment.user.name %></strong>\n",
            changedLines: [2],
            removedLines: [RemovedLine(anchor: 2, text: "<strong><%= user_name(comment.user_id) %></strong>")]
        )
        #expect(lazyReads(scan(partial, in: [model, index, controller, partial])) == ["2 warning"])
        #expect(lazyReads(scan(partial, in: [model, index, partial])) == ["2 error"])
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
