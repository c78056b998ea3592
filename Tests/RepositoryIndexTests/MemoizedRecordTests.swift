import RepositoryIndex
import StaticScan
import Testing

/// Memoized results are I/O once per object they are memoized on (Redmine's
/// `User#membership(project)` and the roles read on the membership it returns): called through
/// one object in a loop they load nothing again; called on each item of a loop they load per item.
@Suite struct MemoizedRecordTests {
    /// Redmine's own code (app/models/user.rb), trimmed.
    static let user = (
        "app/models/user.rb",
        """
        class User < Principal
          # Returns user's membership for the given project
          def membership(project)
            project_id = project.is_a?(Project) ? project.id : project

            @membership_by_project_id ||=
              Hash.new do |h, project_id|
                h[project_id] = memberships.where(:project_id => project_id).first
              end
            @membership_by_project_id[project_id]
          end

          def roles
            @roles ||=
              Role.joins(members: :project).
                where(["#{Project.table_name}.status <> ?", Project::STATUS_ARCHIVED]).
                  where(Member.arel_table[:user_id].eq(id)).distinct
          end

          def roles_for_project(project)
            return [] if project.nil? || project.archived?

            if membership = membership(project)
              membership.roles.to_a
            else
              []
            end
          end

          def managed_roles_for_project(project)
            if membership = membership(project)
              membership.roles.where(:managed => true).to_a
            else
              []
            end
          end
        end
        """
    )

    static let version = (
        "app/models/version.rb",
        """
        class Version < ApplicationRecord
          belongs_to :project

          def visible?(user = User.current)
            user.roles_for_project(project).any?
          end

          def managed_by?(user = User.current)
            user.managed_roles_for_project(project).any?
          end
        end
        """
    )

    static func findings(_ helper: String) -> [Finding] {
        CallResolutionPrecisionTests.findings([user, version, ("app/helpers/versions_helper.rb", helper)])
            .filter { $0.path == "app/helpers/versions_helper.rb" }
    }

    @Test func associationReadOnARecordAMemoizedFunctionReturnsLoadsOncePerObject() {
        let found = Self.findings(
            """
            module VersionsHelper
              def visible_names(versions)
                versions.map { |version| version.visible? ? version.name : nil }
              end
            end
            """)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aQueryBuiltOnTheMemoizedRecordRunsEachTime() {
        let found = Self.findings(
            """
            module VersionsHelper
              def managed_names(versions)
                versions.map { |version| version.managed_by? ? version.name : nil }
              end
            end
            """)
        #expect(found.contains { $0.rule == "HF101" && $0.line == 3 })
    }

    @Test func aMemoizingMethodCalledOnEachItemLoadsPerItem() {
        let found = Self.findings(
            """
            module VersionsHelper
              def roles_of(users, project)
                users.each do |user|
                  user.roles_for_project(project)
                end
              end
            end
            """)
        #expect(found.contains { $0.rule == "HF101" && $0.line == 4 })
    }

    @Test func aMemoizedSelfQueryCalledOnEachItemRunsPerItem() {
        let issue = (
            "app/models/issue.rb",
            """
            class Issue < ApplicationRecord
              def relations
                @relations ||= IssueRelation.where('issue_from_id = ? OR issue_to_id = ?', id, id).to_a
              end

              def self.prune(issues, current)
                issues.each do |issue|
                  issue.relations.each { |relation| relation.destroy unless relation.valid? }
                end
                issues.each do |issue|
                  current.relations.include?(issue)
                end
              end
            end
            """
        )
        let found = CallResolutionPrecisionTests.findings([issue]).filter { $0.rule == "HF101" }
        #expect(found.contains { $0.line == 8 })
        #expect(!found.contains { $0.line == 11 }, "one object's memoized relations load once")
    }
}
