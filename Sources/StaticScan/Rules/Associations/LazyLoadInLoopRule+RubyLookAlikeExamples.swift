// MARK: - HF106 examples: Ruby objects and scopes that look like lazy loads and are not

extension LazyLoadInLoopRule {
    /// Items of a plain class named by the collection (`custom_field_values` holds
    /// `CustomFieldValue`s) hold their attributes in memory; a named scope that includes the
    /// association loads it with the rows; a method's own parameter is no association of its
    /// object. Each beside the read that still loads.
    static let rubyLookAlikeExamples: [RuleExample] = [
        .nonTriggering(
            .ruby,
            """
            class CustomValue < ApplicationRecord
              belongs_to :custom_field
            end

            class CustomFieldValue
              attr_accessor :custom_field, :value
            end

            class Issue < ApplicationRecord
              has_many :custom_values

              def visible_custom_field_values
                CustomField.where(visible: true).map { |field| CustomFieldValue.new(field) }
              end
            end

            def render_custom_fields(issue)
              issue.visible_custom_field_values.each do |value|
                concat value.custom_field.name
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class CustomValue < ApplicationRecord
              belongs_to :custom_field
            end

            class CustomFieldValue
              attr_accessor :custom_field, :value
            end

            def render_custom_fields(issue)
              CustomValue.where(customized_id: issue.id).each do |value|
                concat ↓value.custom_field.name
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Member < ApplicationRecord
              belongs_to :principal
              scope :sorted_by_name, -> { includes(:principal).order(:id) }
            end

            def member_names(project)
              Member.where(project_id: project.id).sorted_by_name.map { |member| member.principal.name }
            end
            """),
        .triggering(
            .ruby,
            """
            class Member < ApplicationRecord
              belongs_to :principal
              scope :recent_first, -> { order(created_on: :desc) }
            end

            def member_names(project)
              Member.where(project_id: project.id).recent_first.map { |member| ↓member.principal.name }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :author, class_name: "User"
              belongs_to :user

              def editable_by?(user = nil)
                user.admin? || user.id == author_id
              end
            end

            def editable(project, current)
              Issue.where(project_id: project.id).select { |issue| issue.editable_by?(current) }
            end
            """),
        .triggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :author, class_name: "User"
              belongs_to :user

              def editable_by?(someone = nil)
                someone.admin? || user.id == author_id
              end
            end

            def editable(project, current)
              Issue.where(project_id: project.id).select { |issue| ↓issue.editable_by?(current) }
            end
            """),
        // The rows of `project.attachments` are attachments: their own `copy` runs, not the project's.
        .nonTriggering(
            .ruby,
            """
            class Project < ApplicationRecord
              has_many :attachments

              def self.copy_from(id)
                project = Project.find(id)
                new.tap { |copy| copy.copy(project) }
              end

              def copy(project)
                self.attachments = project.attachments.map { |attachment| attachment.copy(container: self) }
              end
            end

            class Attachment < ApplicationRecord
              belongs_to :container, polymorphic: true

              def copy(attributes = nil)
                copy = self.class.new
                copy.attributes = attributes if attributes
                copy
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Project < ApplicationRecord
              has_many :attachments

              def copy(project)
                self.attachments = project.attachments.map { |attachment| ↓attachment.copy(container: self) }
              end
            end

            class Attachment < ApplicationRecord
              belongs_to :container, polymorphic: true

              def copy(attributes = nil)
                copy = self.class.new
                copy.attributes = attributes if attributes
                copy.container_label = container.class.name
                copy
              end
            end
            """),
        // Rows passed in a hash under a key named like the association come from the caller,
        // which loaded them (`assoc[:journals]`); the association itself is queried here.
        .nonTriggering(
            .ruby,
            """
            class Journal < ApplicationRecord
              belongs_to :user
            end

            class Issue < ApplicationRecord
              has_many :journals
            end

            def issue_to_pdf(issue, assoc = {})
              assoc[:journals].each do |journal|
                title = "#{journal.indice} - #{journal.user}"
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Journal < ApplicationRecord
              belongs_to :user
            end

            class Issue < ApplicationRecord
              has_many :journals
            end

            def issue_to_pdf(issue)
              issue.journals.each do |journal|
                title = ↓"#{journal.indice} - #{journal.user}"
              end
            end
            """),
    ]
}
