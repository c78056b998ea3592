import RepositoryIndex
import StaticScan
import Testing

/// What the repository index must not take for I/O: a sibling class's method reached through a
/// shared base, EF Core change tracking that writes only at `SaveChanges`, a tuple's lowercase
/// field named like a navigation property, a query run only by a cache factory on a miss.
@Suite struct CallResolutionPrecisionTests {
    static func findings(_ files: [(String, String)]) -> [Finding] {
        let sources = files.map { SourceFile(path: $0.0, text: $0.1, changedLines: nil) }
        let index = IndexBuilder.build(sources)
        return sources.flatMap { Scanner(repository: index).scan($0) }
    }

    static let userConfig = (
        "users/models.py",
        """
        from django.db import models

        class UserConfig(models.Model):
            data = models.JSONField()

            def set(self, path, value, commit=False):
                self.data[path] = value
                if commit:
                    self.save()
        """
    )

    @Test func aBuiltinCallDoesNotRunASiblingModelsMethod() {
        let found = Self.findings([
            Self.userConfig,
            (
                "dcim/models.py",
                """
                from django.db import models

                class PowerPort(models.Model):
                    allocated = models.IntegerField()

                    def get_power_draw(self, seen=None):
                        seen = set(seen) if seen else set()
                        return self.allocated

                def total(powerports):
                    return sum([powerport.get_power_draw() for powerport in powerports])
                """
            ),
        ])
        #expect(!found.contains { $0.path == "dcim/models.py" })
    }

    @Test func anInheritedMethodStillRunsItsQuery() {
        let found = Self.findings([
            Self.userConfig,
            (
                "users/profile.py",
                """
                from users.models import UserConfig

                class ProfileConfig(UserConfig):
                    def remember_all(self, keys):
                        for key in keys:
                            self.set(key, True, commit=True)
                """
            ),
        ])
        #expect(found.contains { $0.path == "users/profile.py" && $0.rule == "HF102" && $0.line == 6 })
    }

    static let context = (
        "src/Data/AppContext.cs",
        """
        public class AppContext : DbContext
        {
            public DbSet<Policy> Policies { get; set; }
        }
        """
    )

    @Test func efCoreChangeTrackingIsNotAWritePerItem() {
        let found = Self.findings([
            Self.context,
            (
                "src/Data/PolicyRepository.cs",
                """
                public class PolicyRepository
                {
                    public async Task UpsertAsync(AppContext dbContext, IEnumerable<Policy> policies)
                    {
                        foreach (var policy in policies)
                        {
                            await dbContext.AddAsync(policy);
                        }
                        await dbContext.SaveChangesAsync();
                    }
                }
                """
            ),
        ])
        #expect(!found.contains { $0.path == "src/Data/PolicyRepository.cs" && $0.line == 7 })
    }

    @Test func efCoreSavingPerItemIsAWritePerItem() {
        let found = Self.findings([
            Self.context,
            (
                "src/Data/PolicyRepository.cs",
                """
                public class PolicyRepository
                {
                    public async Task UpsertAsync(AppContext dbContext, IEnumerable<Policy> policies)
                    {
                        foreach (var policy in policies)
                        {
                            await dbContext.AddAsync(policy);
                            await dbContext.SaveChangesAsync();
                        }
                    }
                }
                """
            ),
        ])
        #expect(
            found.contains { $0.path == "src/Data/PolicyRepository.cs" && $0.rule == "HF102" && $0.line == 8 }
        )
    }

    static let entities = (
        "src/Data/AppContext.cs",
        """
        public class OrganizationUser
        {
            public Guid Id { get; set; }
            public virtual User User { get; set; }
        }

        public class AppContext : DbContext
        {
            public DbSet<OrganizationUser> OrganizationUsers { get; set; }
        }
        """
    )

    static let mailer = (
        "src/Services/Mailer.cs",
        """
        public class Mailer
        {
            public async Task NotifyAsync(AppContext db)
            {
                var orgUsers = await db.OrganizationUsers.ToListAsync();
                foreach (var orgUser in orgUsers)
                {
                    await SendAsync(orgUser.User.Email);
                }
            }
        }
        """
    )

    @Test func aNavigationPropertyReadPerRowIsALazyLoad() {
        let startup = (
            "src/Startup.cs",
            "services.AddDbContext<AppContext>(o => o.UseLazyLoadingProxies().UseSqlServer(connection));"
        )
        let found = Self.findings([Self.entities, startup, Self.mailer])
        #expect(found.contains { $0.path == "src/Services/Mailer.cs" && $0.rule == "HF106" && $0.line == 8 })
    }

    @Test func withoutLazyLoadingANavigationPropertyReadsWhatWasLoaded() {
        let startup = (
            "src/Startup.cs", "services.AddDbContext<AppContext>(o => o.UseSqlServer(connection));"
        )
        let found = Self.findings([Self.entities, startup, Self.mailer])
        #expect(
            !found.contains { $0.rule == "HF106" }, "EF Core lazy-loads only with proxies or an ILazyLoader")
    }

    @Test func aTuplesLowercaseFieldIsNoNavigationProperty() {
        let found = Self.findings([
            Self.entities,
            (
                "src/Services/Mailer.cs",
                """
                public class Mailer
                {
                    public async Task NotifyAsync(AppContext db)
                    {
                        var orgUsers = await db.OrganizationUsers.ToListAsync();
                        var pairs = orgUsers.Select(orgUser => (user: orgUser, enabled: true)).ToArray();
                        foreach (var pair in pairs)
                        {
                            await SendAsync(pair.user.Id);
                        }
                    }
                }
                """
            ),
        ])
        #expect(!found.contains { $0.path == "src/Services/Mailer.cs" && $0.rule == "HF106" })
    }

    static func abilities(cached: Bool) -> (String, String) {
        let body =
            cached
            ? "return await cache.GetOrSetAsync(id.ToString(), async _ => await connection.QueryFirstAsync<Ability>(Sql, new { id }));"
            : "return await connection.QueryFirstAsync<Ability>(Sql, new { id });"
        return (
            "src/Services/AbilityService.cs",
            """
            public class AbilityService
            {
                public async Task<Ability> GetAbilityAsync(SqlConnection connection, Guid id)
                {
                    \(body)
                }
            }
            """
        )
    }

    static let events = (
        "src/Services/EventService.cs",
        """
        public class EventService
        {
            private readonly AbilityService _abilities;

            public async Task LogAsync(SqlConnection connection, IEnumerable<Guid> ids)
            {
                foreach (var id in ids)
                {
                    await _abilities.GetAbilityAsync(connection, id);
                }
            }
        }
        """
    )

    @Test func aQueryOnlyInACacheFactoryIsNoQueryPerItem() {
        let found = Self.findings([Self.abilities(cached: true), Self.events])
        #expect(!found.contains { $0.path == "src/Services/EventService.cs" && $0.rule == "HF101" })
    }

    /// Bitwarden's shape: type arguments on the cache call and a named `factory:` that reaches the
    /// query through a repository method.
    @Test func aRepositoryCallOnlyInATypedCacheFactoryIsNoQueryPerItem() {
        let service = (
            "src/Services/AbilityService.cs",
            """
            public class AbilityService
            {
                private readonly AbilityRepository _repository;

                public async Task<Ability?> GetAbilityAsync(SqlConnection connection, Guid id) =>
                    await cache.GetOrSetAsync<Ability?>(
                        key: id.ToString(),
                        factory: async _ => await _repository.GetByIdAsync(connection, id)
                    );

                public async Task<Ability?> LoadAbilityAsync(SqlConnection connection, Guid id) =>
                    await _repository.GetByIdAsync(connection, id);
            }

            public class AbilityRepository
            {
                public async Task<Ability?> GetByIdAsync(SqlConnection connection, Guid id) =>
                    await connection.QueryFirstAsync<Ability>(Sql, new { id });
            }
            """
        )
        let caller = (
            "src/Services/EventService.cs",
            """
            public class EventService
            {
                private readonly AbilityService _abilities;

                public async Task LogAsync(SqlConnection connection, IEnumerable<Guid> ids)
                {
                    foreach (var id in ids)
                    {
                        await _abilities.GetAbilityAsync(connection, id);
                        await _abilities.LoadAbilityAsync(connection, id);
                    }
                }
            }
            """
        )
        let found = Self.findings([service, caller]).filter { $0.path == "src/Services/EventService.cs" }
        #expect(found.map(\.line) == [10], "only the uncached load queries per item")
    }

    @Test func theSameQueryWithoutTheCacheIsAQueryPerItem() {
        let found = Self.findings([Self.abilities(cached: false), Self.events])
        #expect(
            found.contains { $0.path == "src/Services/EventService.cs" && $0.rule == "HF101" && $0.line == 9 }
        )
    }
}

/// Application code never runs test code: a test double's I/O is not what the interface call it
/// implements does in the application (bitwarden's `RecordingAsyncPostCommitStep`), though a test
/// calling it still runs it, and an application implementation still counts.
@Suite struct TestDoubleResolutionTests {
    static let step = (
        "src/main/kotlin/seed/PostCommitStep.kt",
        """
        package seed

        interface PostCommitStep {
            fun execute(context: Context)
        }

        interface AccountRepository : JpaRepository<Account, Long>
        """
    )

    static func recordingStep(at folder: String) -> (String, String) {
        (
            "\(folder)/RecordingStep.kt",
            """
            package seed

            class RecordingStep(private val accounts: AccountRepository) : PostCommitStep {
                override fun execute(context: Context) {
                    context.seen.add(accounts.count())
                }
            }
            """
        )
    }

    static func executor(in folder: String) -> (String, String) {
        (
            "\(folder)/RecipeExecutor.kt",
            """
            package seed

            class RecipeExecutor {
                fun run(steps: List<PostCommitStep>, context: Context) {
                    steps.forEach { step: PostCommitStep ->
                        step.execute(context)
                    }
                }
            }
            """
        )
    }

    static let application = "src/main/kotlin/seed"
    static let tests = "src/test/kotlin/seed"

    @Test func applicationCodeDoesNotRunATestDouble() {
        let found = CallResolutionPrecisionTests.findings([
            Self.step, Self.recordingStep(at: Self.tests), Self.executor(in: Self.application),
        ])
        #expect(!found.contains { $0.path.hasSuffix("RecipeExecutor.kt") })
    }

    @Test func testCodeStillRunsItsTestDouble() {
        let found = CallResolutionPrecisionTests.findings([
            Self.step, Self.recordingStep(at: Self.tests), Self.executor(in: Self.tests),
        ])
        #expect(found.contains { $0.path == "\(Self.tests)/RecipeExecutor.kt" && $0.line == 6 })
    }

    @Test func anApplicationImplementationStillCounts() {
        let found = CallResolutionPrecisionTests.findings([
            Self.step, Self.recordingStep(at: Self.application), Self.executor(in: Self.application),
        ])
        #expect(found.contains { $0.path == "\(Self.application)/RecipeExecutor.kt" && $0.line == 6 })
    }
}
