// MARK: - HF102 examples: loops as long as the code that calls them writes

extension WriteInLoopRule {
    /// A variadic parameter holds the arguments written at each call (netbox
    /// `self.add_permissions('dcim.view_site', 'dcim.add_site')`), and a concatenation of names
    /// bound to small literals is as small as its parts (komga `allEntities = entitiesMultiTag +
    /// entitiesNoTags`), and so is what a function returning a literal returns (BookStack
    /// `EntityProvider::all()`). A list parameter, a spread call, a part built from data, or a
    /// function returning a comprehension is not.
    static let codeSizedExamples: [RuleExample] = [
        // A query sliced or limited to a handful of rows is a preview; a page of 50 is not.
        .nonTriggering(
            .python,
            """
            def check_rename(self):
                objects = self.queryset.all()[:3]
                pk_list = [obj.pk for obj in objects]
                for pk in pk_list:
                    ObjectChange.objects.filter(changed_object_id=pk).update(seen=True)
            """),
        .triggering(
            .python,
            """
            def check_rename(self, limit):
                objects = self.queryset.all()[:limit]
                pk_list = [obj.pk for obj in objects]
                for pk in pk_list:
                    ↓ObjectChange.objects.filter(changed_object_id=pk).update(seen=True)
            """),
        .nonTriggering(
            .ruby,
            """
            def touch_recent(project)
              project.issues.order(:id).limit(5).each { |issue| issue.touch }
            end
            """),
        .triggering(
            .ruby,
            """
            def touch_page(project)
              project.issues.order(:id).limit(50).each { |issue| ↓issue.touch }
            end
            """),
        .nonTriggering(
            .python,
            """
            def indexed_models():
                return [Book, Chapter, Page]

            def rebuild():
                for model in indexed_models():
                    SearchTerm.objects.create(kind=model.__name__)
            """),
        .triggering(
            .python,
            """
            def indexed_models(kinds):
                return [kind for kind in kinds if kind.indexed]

            def rebuild(kinds):
                for model in indexed_models(kinds):
                    ↓SearchTerm.objects.create(kind=model.__name__)
            """),
        .nonTriggering(
            .php,
            """
            class EntityProvider {
                public function all(): array {
                    return ['book' => $this->book, 'chapter' => $this->chapter, 'page' => $this->page];
                }
            }
            class SearchIndex {
                public function __construct(protected EntityProvider $entityProvider) {}
                public function rebuild() {
                    foreach ($this->entityProvider->all() as $type => $model) {
                        SearchTerm::create(['type' => $type]);
                    }
                }
            }
            """),
        .nonTriggering(
            .python,
            """
            class TestCase:
                def add_permissions(self, *names):
                    for name in names:
                        ObjectPermission(name=name).save()
            """),
        .triggering(
            .python,
            """
            class TestCase:
                def add_permissions(self, names):
                    for name in names:
                        ↓ObjectPermission(name=name).save()
            """),
        .triggering(
            .python,
            """
            def import_all(rows):
                names = [row.name for row in rows]
                publish(*names)
                for name in names:
                    ↓ObjectPermission(name=name).save()
            """),
        .nonTriggering(
            .php,
            """
            class Seeder {
                public function roles(string ...$names) {
                    foreach ($names as $name) {
                        Role::create(['name' => $name]);
                    }
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            class MetricsPublisher(private val meterRepository: MeterRepository) {
              private final val tagged = listOf(SERIES, BOOKS, SIDECARS)
              private final val untagged = listOf(LIBRARIES, COLLECTIONS)
              private final val all = tagged + untagged

              fun publishAll() {
                all.forEach { meterRepository.save(Meter(it)) }
              }
            }
            """),
        .triggering(
            .kotlin,
            """
            class MetricsPublisher(private val meterRepository: MeterRepository, private val libraries: LibraryRepository) {
              private final val tagged = listOf(SERIES, BOOKS, SIDECARS)
              private final val all = tagged + libraries.findAll()

              fun publishAll() {
                all.forEach { ↓meterRepository.save(Meter(it)) }
              }
            }
            """),
        // The application's own registry (Django apps and models, ActiveRecord reflections) is as
        // long as the code declares; rows reached through it are not.
        .nonTriggering(
            .python,
            """
            def create_object_types(sender, **kwargs):
                for model in sender.get_models():
                    ObjectType.objects.create(app_label=model._meta.app_label, model=model._meta.model_name)
            """),
        .nonTriggering(
            .ruby,
            """
            def reset_counters(model)
              model.reflect_on_all_associations(:has_many).each do |association|
                CounterCache.create!(model: model.name, association: association.name)
              end
            end
            """),
        // Options given on the command line are as many as the operator typed.
        .nonTriggering(
            .kotlin,
            """
            interface UserRepository : JpaRepository<User, Long>

            class PasswordResetRunner(private val users: UserRepository) : ApplicationRunner {
              override fun run(args: ApplicationArguments) {
                val resetFor = args.getOptionValues("reset")?.toSet() ?: emptySet()
                resetFor.forEach { email -> users.save(User(email, "changeme")) }
              }
            }
            """),
        .triggering(
            .kotlin,
            """
            interface UserRepository : JpaRepository<User, Long>

            class PasswordResetRunner(private val users: UserRepository) : ApplicationRunner {
              override fun run(args: ApplicationArguments) {
                val resetFor = users.findAllByDomain(args.getOptionValues("domain").first())
                resetFor.forEach { user -> ↓users.save(user.copy(password = "changeme")) }
              }
            }
            """),
        .triggering(
            .python,
            """
            def touch_all(self):
                for obj in self._meta.model.objects.all():
                    ↓obj.save()
            """),
    ]
}
