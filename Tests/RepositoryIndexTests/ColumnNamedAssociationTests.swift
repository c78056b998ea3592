import RepositoryIndex
import StaticScan
import Testing

/// A plain column of one table named like another model's association (Redmine: `comments` is a
/// text column of `changesets` and `time_entries`, and `has_many :comments` of `News`) is read
/// per item without any query; the association is still read lazily on the model declaring it.
@Suite struct ColumnNamedAssociationTests {
    static func lazyReads(_ files: [(String, String)]) -> [String] {
        CallResolutionPrecisionTests.findings(files).filter { $0.rule == "HF106" }.map {
            "\($0.path):\($0.line)"
        }
    }

    static let news = (
        "app/models/news.rb",
        """
        class News < ApplicationRecord
          belongs_to :author, :class_name => 'User'
          has_many :comments, :as => :commented
        end
        """
    )
    static let migration = (
        "db/migrate/20110220160626_add_workflows_assignee_and_author.rb",
        """
        class AddWorkflowsAssigneeAndAuthor < ActiveRecord::Migration[4.2]
          def up
            add_column :workflows, :author, :boolean, :null => false, :default => false
            create_table :changesets do |t|
              t.column :comments, :text
            end
          end
        end
        """
    )

    @Test func railsColumnNamedLikeAnotherModelsAssociationIsNoLazyLoad() {
        let reads = Self.lazyReads([
            Self.news, Self.migration,
            (
                "app/helpers/history_helper.rb",
                """
                module HistoryHelper
                  def summaries(repository)
                    Changeset.where(repository_id: repository.id).each do |changeset|
                      puts changeset.comments.truncate(60)
                    end
                    WorkflowRule.where(role_id: 1).each do |rule|
                      puts rule.author.inspect
                    end
                    News.where(project_id: 1).each do |news|
                      puts news.author.name
                    end
                  end
                end
                """
            ),
        ])
        #expect(reads == ["app/helpers/history_helper.rb:10"])
    }

    @Test func railsAssociationWithoutSuchColumnStaysALazyLoad() {
        let reads = Self.lazyReads([
            Self.news,
            (
                "app/helpers/history_helper.rb",
                """
                module HistoryHelper
                  def summaries
                    WorkflowRule.where(role_id: 1).each do |rule|
                      puts rule.author.inspect
                    end
                  end
                end
                """
            ),
        ])
        #expect(
            reads == ["app/helpers/history_helper.rb:4"],
            "no column is named author: the name is the association's")
    }

    @Test func djangoFieldNamedLikeAnotherModelsForeignKeyIsNoLazyLoad() {
        let reads = Self.lazyReads([
            (
                "blog/models.py",
                """
                from django.db import models

                class Entry(models.Model):
                    author = models.CharField(max_length=100)

                class Post(models.Model):
                    author = models.ForeignKey("auth.User", on_delete=models.CASCADE)
                """
            ),
            (
                "blog/feeds.py",
                """
                from blog.models import Entry, Post

                def authors():
                    names = [entry.author.upper() for entry in Entry.objects.all()]
                    for post in Post.objects.filter(draft=False):
                        names.append(post.author.username)
                    return names
                """
            ),
        ])
        #expect(reads == ["blog/feeds.py:6"])
    }
}
