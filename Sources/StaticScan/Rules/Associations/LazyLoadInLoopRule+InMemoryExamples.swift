// MARK: - HF106 examples: association values the rows already hold

extension LazyLoadInLoopRule {
    /// The owner of the association a loop iterates is set on each row in memory (Rails' automatic
    /// `inverse_of`, Django's related managers; Eloquent does not); an eager load whose relations a
    /// variable names may load any of them; a second loop over the same rows reads what the first
    /// loaded; a scope of the association's own model (`class_name:`) decides its eager loading.
    static let inMemoryExamples: [RuleExample] = [
        .nonTriggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :project
              belongs_to :author
            end

            class Project < ApplicationRecord
              has_many :issues
            end

            def check_copy(project)
              project.issues.each do |issue|
                raise "moved" unless issue.project == project
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :project
              belongs_to :author
            end

            class Project < ApplicationRecord
              has_many :issues
            end

            def authors(project)
              project.issues.each do |issue|
                puts ↓issue.author.name
              end
            end
            """),
        .triggering(
            .php,
            """
            class Reply extends Model {
                public function thread() { return $this->belongsTo(Thread::class); }
            }
            class Thread extends Model {
                public function replies() { return $this->hasMany(Reply::class); }
            }
            function titles($thread) {
                foreach ($thread->replies as $reply) {
                    echo ↓$reply->thread->title;
                }
            }
            """),
        .nonTriggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :project
            end

            class Project < ApplicationRecord
              has_many :issues
            end

            def list(versions, grouped)
              versions.each do |version|
                if (issues = grouped[version]) && issues.size > 0
                  issues.each { |issue| puts issue.project.name }
                end
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :project
            end

            class Version < ApplicationRecord
              has_many :fixed_issues, class_name: 'Issue'
            end

            def list(versions)
              versions.each do |version|
                if (issues = version.fixed_issues) && issues.size > 0
                  issues.each { |issue| puts ↓issue.project.name }
                end
              end
            end
            """),
        .nonTriggering(
            .python,
            """
            class CachedValue(models.Model):
                object_type = models.ForeignKey(ObjectType, on_delete=models.CASCADE)

            def search(prefetch):
                results = CachedValue.objects.prefetch_related(*prefetch).filter(weight__gt=0)
                return [str(r.object_type) for r in results]
            """),
        .triggering(
            .python,
            """
            class CachedValue(models.Model):
                object_type = models.ForeignKey(ObjectType, on_delete=models.CASCADE)
                owner = models.ForeignKey(User, on_delete=models.CASCADE)

            def search():
                results = CachedValue.objects.prefetch_related("owner").filter(weight__gt=0)
                return [str(↓r.object_type) for r in results]
            """),
        .triggering(
            .python,
            """
            class CircuitTermination(models.Model):
                termination = models.ForeignKey(Site, on_delete=models.CASCADE)

            def trace(circuit):
                terminations = CircuitTermination.objects.filter(circuit=circuit)
                if all([↓ct.termination for ct in terminations]):
                    return [node(ct.termination) for ct in terminations]
            """),
        .nonTriggering(
            .ruby,
            """
            class Member < ApplicationRecord
              belongs_to :principal
              scope :sorted, -> { includes(:principal).order(:id) }
            end

            class Version < ApplicationRecord
              scope :sorted, -> { order(:effective_date) }
            end

            class Tracker < ApplicationRecord
              scope :sorted, -> { order(:position) }
            end

            class Project < ApplicationRecord
              has_many :memberships, class_name: 'Member'
            end

            def member_names(project)
              members = project.memberships.preload(:project).sorted.to_a
              members.map { |member| member.principal.name }
            end
            """),
        .triggering(
            .ruby,
            """
            class Member < ApplicationRecord
              belongs_to :principal
              scope :sorted, -> { order(:id) }
            end

            class Version < ApplicationRecord
              scope :sorted, -> { includes(:principal).order(:effective_date) }
            end

            class Tracker < ApplicationRecord
              scope :sorted, -> { order(:position) }
            end

            class Project < ApplicationRecord
              has_many :memberships, class_name: 'Member'
            end

            def member_names(project)
              members = project.memberships.preload(:project).sorted.to_a
              members.map { |member| ↓member.principal.name }
            end
            """),
    ]
}
