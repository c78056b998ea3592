// MARK: - HF102 examples: a loop over a name bound once to a small literal collection

extension WriteInLoopRule {
    /// `STATUSES = ["new", "paid"]` … `for s in STATUSES`: as constant as the literal in place.
    /// Reassigned, grown, shadowed by a parameter, or built from data, the name is not.
    static let namedLiteralExamples: [RuleExample] = [
        // Python
        .nonTriggering(
            .python,
            """
            STATUSES = ["new", "paid", "shipped", "cancelled"]

            def orders(customer):
                return [Order.objects.create(customer=customer, status=s) for s in STATUSES]
            """),
        .nonTriggering(
            .python,
            """
            def seed(account):
                kinds = ("invoice", "receipt")
                for kind in kinds:
                    Template.objects.create(account=account, kind=kind)
            """),
        .triggering(
            .python,
            """
            STATUSES = ["new", "paid"]
            STATUSES.extend(extra_statuses)
            for s in STATUSES:
                ↓Order.objects.create(status=s)
            """),
        .triggering(
            .python,
            """
            names = ["a", "b"]

            def seed(names):
                for name in names:
                    ↓Setting.objects.create(name=name)
            """),
        .triggering(
            .python,
            """
            ids = [row.id for row in rows]
            for i in ids:
                ↓Order.objects.create(parent_id=i)
            """),
        // JavaScript and TypeScript
        .nonTriggering(
            .javascript,
            """
            const ROLES = ["admin", "member", "viewer"];
            for (const role of ROLES) {
              await prisma.role.create({ data: { name: role } });
            }
            """),
        .nonTriggering(
            .typescript,
            """
            const KINDS = ["email", "sms"] as const;
            KINDS.forEach(async (kind) => { await prisma.channel.create({ data: { kind } }); });
            """),
        .triggering(
            .javascript,
            """
            const roles = ["admin"];
            roles.push(...extraRoles);
            for (const role of roles) {
              await ↓prisma.role.create({ data: { name: role } });
            }
            """),
        .triggering(
            .typescript,
            """
            let kinds = ["email", "sms"];
            kinds = await loadKinds();
            for (const kind of kinds) {
              await ↓prisma.channel.create({ data: { kind } });
            }
            """),
        // Ruby
        .nonTriggering(
            .ruby,
            """
            PLANS = %w[free team enterprise].freeze
            PLANS.each { |plan| Plan.create!(name: plan) }
            """),
        .triggering(
            .ruby,
            """
            plans = ["free"]
            plans << extra_plan
            plans.each { |plan| ↓Plan.create!(name: plan) }
            """),
        // Go
        .nonTriggering(
            .go,
            """
            var defaultTags = []string{"new", "sale"}

            func seed(db *gorm.DB) {
            \tfor _, t := range defaultTags {
            \t\tdb.Create(&Tag{Name: t})
            \t}
            }
            """),
        .triggering(
            .go,
            """
            func seed(db *gorm.DB, extra []string) {
            \ttags := []string{"new"}
            \ttags = append(tags, extra...)
            \tfor _, t := range tags {
            \t\t↓db.Create(&Tag{Name: t})
            \t}
            }
            """),
        // Java and Kotlin
        .nonTriggering(
            .java,
            """
            private static final List<String> ROLES = List.of("admin", "member");

            void seed() {
                for (String role : ROLES) {
                    roleRepository.save(new Role(role));
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            val roles = listOf("admin", "member")
            for (role in roles) {
                roleRepository.save(Role(role))
            }
            """),
        .triggering(
            .kotlin,
            """
            val roles = mutableListOf("admin")
            roles.addAll(extraRoles)
            for (role in roles) {
                ↓roleRepository.save(Role(role))
            }
            """),
        // A dict's entries (`.items()`) are as many as the literal's keys; a class attribute
        // declared empty (`dict()`) is filled by subclasses' literals, code too.
        .nonTriggering(
            .python,
            """
            counters = {"interface_count": "interfaces", "port_count": "ports"}
            for field_name, related_name in counters.items():
                DeviceType.objects.update(**{field_name: Count(related_name)})
            """),
        .nonTriggering(
            .python,
            """
            class BulkImportView(View):
                related_object_forms = dict()

                def save_related(self, obj, data):
                    for field_name, form in self.related_object_forms.items():
                        form(data[field_name]).instance.save()
            """),
        .triggering(
            .python,
            """
            counters = dict()
            for device in devices:
                counters[device.name] = device.port_count
            for name, count in counters.items():
                ↓DeviceType.objects.filter(name=name).update(port_count=count)
            """),
        // The caller's pick among an enum's cases, or all of them (komga's search index rebuild).
        .nonTriggering(
            .kotlin,
            """
            fun rebuild(entities: Set<SearchEntity>? = null) {
                val targets = entities ?: SearchEntity.entries.toSet()
                targets.forEach { entity ->
                    indexStateRepository.save(IndexState(entity))
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            fun rebuild(entities: List<IndexState>? = null) {
                val targets = entities ?: indexStateRepository.findAll()
                targets.forEach { state ->
                    ↓indexStateRepository.save(state.copy(stale = true))
                }
            }
            """),
        // C#, Swift, PHP
        .nonTriggering(
            .csharp,
            """
            var kinds = new[] { "email", "sms" };
            foreach (var kind in kinds)
            {
                _context.Channels.Add(new Channel { Kind = kind });
                _context.SaveChanges();
            }
            """),
        .nonTriggering(
            .swift,
            """
            let names = ["swift", "server"]
            for name in names {
                try Tag(name: name).save(on: req.db).wait()
            }
            """),
        .nonTriggering(
            .php,
            """
            $plans = ['free', 'team'];
            foreach ($plans as $plan) {
                Plan::create(['name' => $plan]);
            }
            """),
        .triggering(
            .php,
            """
            $plans = ['free'];
            $plans[] = $extra;
            foreach ($plans as $plan) {
                ↓Plan::create(['name' => $plan]);
            }
            """),
        // The nearest binding before the loop counts: a migration binds `$ops` again in `down()`.
        .nonTriggering(
            .php,
            """
            class AddPermissions extends Migration
            {
                public function up()
                {
                    $ops = ['View All', 'View Own'];
                    foreach ($ops as $op) {
                        DB::table('permissions')->insert(['name' => $op]);
                    }
                }

                public function down()
                {
                    $ops = ['View All', 'View Own'];
                    foreach ($ops as $op) {
                        DB::table('permissions')->where('name', $op)->delete();
                    }
                }
            }
            """),
        .triggering(
            .php,
            """
            class AddPermissions extends Migration
            {
                public function up()
                {
                    $ops = ['View All', 'View Own'];
                    foreach ($ops as $op) {
                        DB::table('permissions')->insert(['name' => $op]);
                    }
                }

                public function down()
                {
                    $ops = DB::table('permissions')->get();
                    foreach ($ops as $op) {
                        ↓DB::table('permissions')->where('id', $op->id)->delete();
                    }
                }
            }
            """),
        // A property holding a literal map, read as `$this->columnsByTable`.
        .nonTriggering(
            .php,
            """
            class UpdateTypes extends Migration
            {
                protected $columnsByTable = ['activities' => 'entity_type', 'tags' => 'entity_type'];

                public function up()
                {
                    foreach ($this->columnsByTable as $table => $column) {
                        DB::table($table)->where($column, 'old')->update([$column => 'new']);
                    }
                }
            }
            """),
        .triggering(
            .php,
            """
            class UpdateTypes extends Migration
            {
                protected $columnsByTable = [];

                public function up()
                {
                    $this->columnsByTable = Table::all();
                    foreach ($this->columnsByTable as $table) {
                        ↓DB::table($table->name)->where('type', 'old')->update(['type' => 'new']);
                    }
                }
            }
            """),
    ]
}
