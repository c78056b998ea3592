// `⊖` starts a line the change removes; `↓` marks where the finding lands: the first token of the
// query statement the removed lines stood in.
extension EagerLoadRemovedRule {
    static let examples: [RuleExample] = ruby + python + php + jvm + kotlin + dotnet + script + elixir

    private static let elixir: [RuleExample] = [
        .triggering(
            .elixir,
            """
            def index(conn, _params) do
              ↓posts =
                Post
            ⊖    |> preload(:author)
                |> Repo.all()
              Enum.map(posts, fn post -> post.author.name end)
            end
            """),
        .triggering(
            .elixir,
            """
            def index(conn, _params) do
            ⊖  orders = Repo.all(Order) |> Repo.preload([:customer, :items])
              ↓orders = Repo.all(Order) |> Repo.preload([:items])
              for order <- orders, do: order.customer.email
            end
            """),
        .nonTriggering(
            .elixir,
            """
            def index(conn, _params) do
              posts =
                Post
            ⊖    |> preload(:author)
                |> preload([p], author: p)
                |> Repo.all()
              Enum.map(posts, fn post -> post.author.name end)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            def index(conn, _params) do
            ⊖  orders = Repo.all(Order) |> Repo.preload([:customer, :items])
              orders = Repo.all(Order) |> Repo.preload([:items])
              for order <- orders, do: order.total
            end
            """),
        .triggering(
            .elixir,
            """
            def drafts(ids) do
              ↓episodes =
                from(e in Episode,
                  where: e.id in ^ids,
                  preload: [
            ⊖        podcast: podcast,
            ⊖        hosts: hosts
                    podcast: podcast
                  ]
                )
                |> Repo.all()
              Enum.map(episodes, fn episode -> episode.hosts end)
            end
            """),
        .nonTriggering(
            .elixir,
            """
            def drafts(ids) do
              episodes =
                from(e in Episode,
                  where: e.id in ^ids,
                  preload: [
            ⊖        podcast: podcast,
            ⊖        hosts: hosts
                    podcast: podcast
                  ]
                )
                |> Repo.all()
              Enum.map(episodes, fn episode -> episode.title end)
            end
            """),
    ]

    private static let ruby: [RuleExample] = [
        .triggering(
            .ruby,
            """
            def history
              ↓@versions = @page.content.versions.
            ⊖    preload(:author).
                reorder("version DESC")
              @versions.each { |version| render_author(version.author) }
            end
            """),
        .triggering(
            .ruby,
            """
            def index
            ⊖  @comments = @user.comments.includes(:author, :changeset)
              ↓@comments = @user.comments.includes(:author)
              @comments.each { |comment| show(comment.changeset.id) }
            end
            """),
        // Finder options in a hash: `:includes => […]`, `include: […]`.
        .triggering(
            .ruby,
            """
            def index
            ⊖  @comments, @newer_id = get_page_items(comments, :includes => [:author, :changeset])
              ↓@comments, @newer_id = get_page_items(comments, :includes => [:author])
              @comments.each { |comment| show(comment.changeset.id) }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            def index
            ⊖  @comments, @newer_id = get_page_items(comments, :includes => [:author, :changeset])
              @comments, @newer_id = get_page_items(comments, preload: [:author, :changeset])
              @comments.each { |comment| show(comment.changeset.id) }
            end
            """),
        .triggering(
            .ruby,
            """
            def index
              ↓@trackers = Tracker.sorted.
            ⊖    preload(:default_status).
                to_a
              @trackers.map { |tracker| tracker.default_status.name }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            def history
              @versions = @page.content.versions.
            ⊖    preload(:author).
                eager_load(:author).
                reorder("version DESC")
              @versions.each { |version| render_author(version.author) }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            def history
              @versions = @page.content.versions.
            ⊖    preload(:author).
                reorder("version DESC")
              @versions.each { |version| render(version.comments_text) }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            def index
            ⊖  @comments = @user.comments.includes(:author)
              @comments = @user.comments.preload(:author)
              @comments.each { |comment| show(comment.author.name) }
            end
            """),
    ]

    private static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            def stats():
            ⊖    services = session.query(Service).options(joinedload(Service.team)).all()
                ↓services = session.query(Service).all()
                for service in services:
                    print(service.team.name)
            """),
        .triggering(
            .python,
            """
            def listings(products):
                ↓listings = (
                    Listing.objects.filter(product__in=products)
            ⊖        .prefetch_related("channel")
                )
                for listing in listings:
                    use(listing.channel.currency_code)
            """),
        .triggering(
            .python,
            """
            def devices():
            ⊖    queryset = Device.objects.select_related("device_type__manufacturer")
                ↓queryset = Device.objects.all()
                return [device.device_type.model for device in queryset]
            """),
        .nonTriggering(
            .python,
            """
            def stats():
            ⊖    services = session.query(Service).options(joinedload(Service.team)).all()
                services = session.query(Service).options(selectinload(Service.team)).all()
                for service in services:
                    print(service.team.name)
            """),
        .nonTriggering(
            .python,
            """
            def devices():
            ⊖    queryset = Device.objects.select_related("rack")
                queryset = Device.objects.all()
                return [device.name for device in queryset]
            """),
        .nonTriggering(
            .python,
            """
            from sqlalchemy.orm import selectinload
            ⊖from sqlalchemy.orm import joinedload

            def stats():
                services = session.query(Service).options(selectinload(Service.team)).all()
                for service in services:
                    print(service.team.name)
            """),
    ]

    private static let php: [RuleExample] = [
        .triggering(
            .php,
            """
            function month($account) {
                ↓return $account->reminders()
            ⊖        ->with('contact')
                    ->orderBy('next_expected_date')
                    ->get()
                    ->map(fn ($reminder) => $reminder->contact->name);
            }
            """),
        .triggering(
            .php,
            """
            function latest() {
            ⊖    $activities = Activity::with(['user', 'entity'])->latest()->take(20)->get();
                ↓$activities = Activity::latest()->take(20)->get();
                foreach ($activities as $activity) { echo $activity->user->name; }
            }
            """),
        .triggering(
            .php,
            """
            function replies($thread) {
            ⊖    $replies = $thread->replies()->with('owner')->get();
                ↓$replies = $thread->replies()->get();
                foreach ($replies as $reply) { $names[] = $reply->owner->name; }
            }
            """),
        .nonTriggering(
            .php,
            """
            function latest() {
            ⊖    $activities = Activity::with('user')->latest()->get();
                $activities = Activity::latest()->with('user')->get();
                foreach ($activities as $activity) { echo $activity->user->name; }
            }
            """),
        .nonTriggering(
            .php,
            """
            function latest() {
            ⊖    $activities = Activity::with('entity')->latest()->get();
                $activities = Activity::latest()->get();
                foreach ($activities as $activity) { echo $activity->user_id; }
            }
            """),
        .nonTriggering(
            .php,
            """
            function latest() {
                $activities = Activity::latest()->get();
            ⊖    // with('user') was here
                foreach ($activities as $activity) { echo $activity->user->name; }
            }
            """),
    ]

    private static let jvm: [RuleExample] = [
        .triggering(
            .java,
            """
            interface ObsDao {
            ⊖    @Query("SELECT o FROM Obs o LEFT JOIN FETCH o.referenceRange WHERE o.id IN :ids")
                ↓@Query("SELECT o FROM Obs o WHERE o.id IN :ids")
                List<Obs> history(List<Long> ids);
            }
            class Printer {
                void print(List<Obs> all) {
                    for (Obs obs : all) { out(obs.getReferenceRange().getLow()); }
                }
            }
            """),
        .triggering(
            .java,
            """
            interface VetRepository extends Repository<Vet, Integer> {
            ⊖    @EntityGraph(attributePaths = "specialties")
                ↓Collection<Vet> findAll();
            }
            class Vets {
                void list(VetRepository vets) {
                    for (Vet vet : vets.findAll()) { show(vet.getSpecialties().size()); }
                }
            }
            """),
        .triggering(
            .java,
            """
            class Orders {
                List<Order> open(EntityManager em) {
            ⊖        return em.createQuery("select o from Order o join fetch o.customer", Order.class)
                    ↓return em.createQuery("select o from Order o", Order.class)
                        .getResultList();
                }
                void mail(List<Order> orders) {
                    for (Order order : orders) { send(order.getCustomer().getEmail()); }
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            interface VetRepository extends Repository<Vet, Integer> {
            ⊖    @EntityGraph(attributePaths = "specialties")
                @Query("SELECT v FROM Vet v LEFT JOIN FETCH v.specialties")
                Collection<Vet> findAll();
            }
            class Vets {
                void list(VetRepository vets) {
                    for (Vet vet : vets.findAll()) { show(vet.getSpecialties().size()); }
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            interface VetRepository extends Repository<Vet, Integer> {
            ⊖    @EntityGraph(attributePaths = "specialties")
                Collection<Vet> findAll();
            }
            class Vets {
                void list(VetRepository vets) {
                    for (Vet vet : vets.findAll()) { show(vet.getLastName()); }
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            class Orders {
                List<Order> open(EntityManager em) {
            ⊖        // join fetch o.customer
                    return em.createQuery("select o from Order o join fetch o.customer", Order.class).getResultList();
                }
                void mail(List<Order> orders) {
                    for (Order order : orders) { send(order.getCustomer().getEmail()); }
                }
            }
            """),
    ]

    private static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            interface UserRepository : CrudRepository<UserEntity, UUID> {
            ⊖    @EntityGraph(attributePaths = ["reservation"])
                ↓fun findAllByReservationIn(reservations: List<ReservationEntity>): List<UserEntity>
            }
            class UserNames(private val users: UserRepository) {
                fun names(reservations: List<ReservationEntity>) {
                    for (user in users.findAllByReservationIn(reservations)) { show(user.reservation.name) }
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            interface OrderRepository : JpaRepository<Order, Long> {
            ⊖    @Query("select o from Order o join fetch o.customer")
                ↓fun findOpen(): List<Order>
            }
            class Mailer(private val orders: OrderRepository) {
                fun mail() {
                    for (order in orders.findOpen()) { send(order.customer.email) }
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            class Orders(private val em: EntityManager) {
                fun open(): List<Order> {
            ⊖        return em.createQuery("select o from Order o join fetch o.customer", Order::class.java).resultList
                    ↓return em.createQuery("select o from Order o", Order::class.java).resultList
                }
                fun mail() {
                    for (order in open()) { send(order.customer.email) }
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            interface UserRepository : CrudRepository<UserEntity, UUID> {
            ⊖    @EntityGraph(attributePaths = ["reservation"])
                @Query("select u from UserEntity u left join fetch u.reservation")
                fun findAllByReservationIn(reservations: List<ReservationEntity>): List<UserEntity>
            }
            class UserNames(private val users: UserRepository) {
                fun names(reservations: List<ReservationEntity>) {
                    for (user in users.findAllByReservationIn(reservations)) { show(user.reservation.name) }
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            interface UserRepository : CrudRepository<UserEntity, UUID> {
            ⊖    @EntityGraph(attributePaths = ["reservation"])
                fun findAllByReservationIn(reservations: List<ReservationEntity>): List<UserEntity>
            }
            class UserNames(private val users: UserRepository) {
                fun names(reservations: List<ReservationEntity>) {
                    for (user in users.findAllByReservationIn(reservations)) { show(user.name) }
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            class Orders(private val em: EntityManager) {
                fun open(): List<Order> {
            ⊖        // join fetch o.customer
                    return em.createQuery("select o from Order o join fetch o.customer", Order::class.java).resultList
                }
                fun mail() {
                    for (order in open()) { send(order.customer.email) }
                }
            }
            """),
    ]

    private static let dotnet: [RuleExample] = [
        .triggering(
            .csharp,
            """
            public async Task<List<Order>> Open() {
                ↓return await _db.Orders
            ⊖        .Include(o => o.Customer)
                    .Where(o => o.Open)
                    .ToListAsync();
            }
            public void Mail(List<Order> orders) {
                foreach (var order in orders) { Send(order.Customer.Email); }
            }
            """),
        .triggering(
            .csharp,
            """
            public List<Lease> Leases() {
            ⊖    var leases = _db.Leases.Include(l => l.Tenant).ToList();
                ↓var leases = _db.Leases.ToList();
                foreach (var lease in leases) { Notify(lease.Tenant.Email); }
                return leases;
            }
            """),
        .triggering(
            .csharp,
            """
            public IEnumerable<string> Names() {
            ⊖    var items = _db.Items.Include("Owner").ToList();
                ↓var items = _db.Items.ToList();
                return items.Select(i => i.Owner.Name);
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public List<Lease> Leases() {
            ⊖    var leases = _db.Leases.Include(l => l.Tenant).ToList();
                var leases = _db.Leases.Include(l => l.Tenant).AsSplitQuery().ToList();
                foreach (var lease in leases) { Notify(lease.Tenant.Email); }
                return leases;
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public List<Lease> Leases() {
            ⊖    var leases = _db.Leases.Include(l => l.Tenant).ToList();
                var leases = _db.Leases.ToList();
                foreach (var lease in leases) { Notify(lease.Rent); }
                return leases;
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public Lease One(int id) {
            ⊖    var lease = _db.Leases.Include(l => l.Tenant).Single(l => l.Id == id);
                var lease = _db.Leases.Single(l => l.Id == id);
                return lease;
            }
            """),
    ]

    private static let script: [RuleExample] = [
        .triggering(
            .typescript,
            """
            async function list() {
              ↓const posts = await Post.findAll({
                where: { published: true },
            ⊖    include: [{ model: User, as: "author" }],
              });
              return posts.map((post) => post.author.name);
            }
            """),
        .triggering(
            .typescript,
            """
            async function visits(repo: Repository<Visit>) {
            ⊖  const all = await repo.find({ relations: ["pet"] });
              ↓const all = await repo.find();
              for (const visit of all) { print(visit.pet.name); }
            }
            """),
        .triggering(
            .typescript,
            """
            async function orders() {
            ⊖  const rows = await prisma.order.findMany({ include: { customer: true } });
              ↓const rows = await prisma.order.findMany();
              for (const order of rows) { mail(order.customer.email); }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            async function visits(repo: Repository<Visit>) {
            ⊖  const all = await repo.find({ relations: ["pet"] });
              const all = await repo.find({ relations: { pet: true } });
              for (const visit of all) { print(visit.pet.name); }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            async function visits(repo: Repository<Visit>) {
            ⊖  const all = await repo.find({ relations: ["pet"] });
              const all = await repo.find();
              for (const visit of all) { print(visit.date); }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            async function visit(repo: Repository<Visit>, id: number) {
            ⊖  const one = await repo.findOne({ where: { id }, relations: ["pet"] });
              const one = await repo.findOne({ where: { id } });
              return one;
            }
            """),
    ]
}
