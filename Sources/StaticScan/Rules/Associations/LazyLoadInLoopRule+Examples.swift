extension LazyLoadInLoopRule {
    static let examples: [RuleExample] =
        ruby + python + php + jvm + kotlin + dotnet + swift + script + sequelize + lookAlikeExamples
        + rubyLookAlikeExamples + inMemoryExamples

    private static let ruby: [RuleExample] = [
        .nonTriggering(
            .ruby,
            """
            class Comment < ApplicationRecord
              belongs_to :author
            end

            def authors(post)
              Comment.where(post_id: post.id).map do |comment|
                comment.author.name if comment.association(:author).loaded?
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Comment < ApplicationRecord
              belongs_to :author
            end

            def authors(post)
              Comment.where(post_id: post.id).map do |comment|
                ↓comment.author.name
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Order < ApplicationRecord
              has_many :line_items
            end

            class LineItem < ApplicationRecord
              has_many :adjustments
            end

            def recalculate(order)
              order.line_items.each do |item|
                ↓item.adjustments.each { |adjustment| total += adjustment.amount }
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class Project < ApplicationRecord
              has_many :members
            end

            class Member < ApplicationRecord
              belongs_to :user
            end

            def notified_users(project)
              project.members.select { |m| ↓m.user.active? }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Comment < ApplicationRecord
              belongs_to :author
            end

            def authors(post)
              Comment.where(post_id: post.id).includes(:author).map do |comment|
                comment.author.name
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Comment < ApplicationRecord
              belongs_to :author
            end

            def ids(post)
              Comment.where(post_id: post.id).map { |comment| comment.author_id }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Comment < ApplicationRecord
              belongs_to :author
            end

            def first_author(post)
              Comment.find_by(post_id: post.id).author.name
            end
            """),
        // Rows a name was assigned from associations, filtered in memory per item.
        .triggering(
            .ruby,
            """
            class Order < ApplicationRecord
              has_many :line_items
              has_many :shipments

              def recalculate
                all_items = line_items + shipments
                all_items.each do |item|
                  discounts = ↓item.adjustments.select(&:promotion?)
                end
              end
            end

            class LineItem < ApplicationRecord
              has_many :adjustments
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Order < ApplicationRecord
              has_many :line_items

              def recalculate(params)
                all_items = params[:line_items] + extras
                all_items.each do |item|
                  discounts = item.adjustments.select(&:promotion?)
                end
              end
            end

            class LineItem < ApplicationRecord
              has_many :adjustments
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Order < ApplicationRecord
              has_many :line_items
              has_many :shipments

              def recalculate
                all_items = line_items + shipments
                ActiveRecord::Associations::Preloader.new(records: all_items, associations: :adjustments).call
                all_items.each do |item|
                  discounts = item.adjustments.select(&:promotion?)
                end
              end
            end

            class LineItem < ApplicationRecord
              has_many :adjustments
            end
            """),
        // One row of a query picked per iteration, read through `try`.
        .triggering(
            .ruby,
            """
            class Journal < ApplicationRecord
              belongs_to :user
            end

            def last_updated_by(issues, journal_ids)
              journals = Journal.where(id: journal_ids).to_a
              issues.each do |issue|
                journal = journals.detect { |j| j.journalized_id == issue.id }
                issue.updated_by = ↓journal.try(:user)
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Journal < ApplicationRecord
              belongs_to :user
            end

            def last_updated_by(issues, journal_ids)
              journals = Journal.where(id: journal_ids).preload(:user).to_a
              issues.each do |issue|
                journal = journals.detect { |j| j.journalized_id == issue.id }
                issue.updated_by = journal.try(:user)
              end
            end
            """),
        // `⊖` starts a line the change removes: the unchanged read is the change's doing (kept
        // by the scanner, with the removal as its related location).
        .triggering(
            .ruby,
            """
            class Changeset < ApplicationRecord
              belongs_to :user
            end

            def query(params)
              changesets = Changeset.where(open: true)
            ⊖  changesets = changesets.preload(:user)
              changesets.limit(100).each do |cs|
                results << ↓cs.user.display_name
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Changeset < ApplicationRecord
              belongs_to :user
            end

            def query(params)
              changesets = Changeset.where(open: true)
            ⊖  changesets = changesets.preload(:user)
              changesets = changesets.includes(:user)
              changesets.limit(100).each do |cs|
                results << cs.user.display_name
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Order < ApplicationRecord
              has_many :line_items

              def amount
                line_items.sum(&:amount)
              end
            end

            class Payment < ApplicationRecord
            end

            def total(order_id)
              Payment.where(order_id: order_id).sum { |payment| payment.amount }
            end
            """),
        // A model method called per row that reads an association on its own object.
        .triggering(
            .ruby,
            """
            class Changeset < ApplicationRecord
              belongs_to :user

              def to_xml_node
                { "user" => user.display_name }
              end
            end

            def query(results)
              Changeset.where(open: true).limit(100).each do |cs|
                results << ↓cs.to_xml_node
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Changeset < ApplicationRecord
              belongs_to :user

              def to_xml_node
                { "user" => user.display_name }
              end
            end

            def query(results)
              Changeset.where(open: true).preload(:user).limit(100).each do |cs|
                results << cs.to_xml_node
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Changeset < ApplicationRecord
              belongs_to :user

              def to_xml_node
                { "id" => id, "user_id" => user_id }
              end
            end

            def query(results)
              Changeset.where(open: true).limit(100).each do |cs|
                results << cs.to_xml_node
              end
            end
            """),
    ]

    private static let python: [RuleExample] = [
        .triggering(
            .python,
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

            def names():
                return [↓order.customer.name for order in Order.objects.filter(paid=True)]
            """),
        .triggering(
            .python,
            """
            class Service(Base):
                team = relationship("Team")

            def queues():
                for service in session.query(Service).all():
                    print(↓service.team.name)
            """),
        .triggering(
            .python,
            """
            class Listing(models.Model):
                channel = models.ForeignKey(Channel, on_delete=models.CASCADE)

            def prices(product):
                listings = Listing.objects.filter(product=product)
                for listing in listings:
                    use(↓listing.channel.currency_code)
            """),
        .nonTriggering(
            .python,
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

            def names():
                return [order.customer.name for order in Order.objects.select_related("customer")]
            """),
        .nonTriggering(
            .python,
            """
            class Service(Base):
                team = relationship("Team")

            def queues():
                for service in session.query(Service).options(joinedload(Service.team)).all():
                    print(service.team.name)
            """),
        .nonTriggering(
            .python,
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

            def totals():
                return [order.total for order in Order.objects.filter(paid=True)]
            """),
    ]

    private static let php: [RuleExample] = [
        // A read under a loaded check is written for rows that loaded the relation.
        .nonTriggering(
            .php,
            """
            class Page extends Model {
                public function book() { return $this->belongsTo(Book::class); }
            }
            function paths($query) {
                foreach (Page::where('draft', false)->get() as $page) {
                    $paths[] = $page->relationLoaded('book') ? $page->book->slug : null;
                }
            }
            """),
        // A check of another relation, or of another row, guards nothing here.
        .triggering(
            .php,
            """
            class Page extends Model {
                public function book() { return $this->belongsTo(Book::class); }
                public function chapter() { return $this->belongsTo(Chapter::class); }
            }
            function paths($query, $first) {
                foreach (Page::where('draft', false)->get() as $page) {
                    if ($page->relationLoaded('chapter') && $first->relationLoaded('book')) {
                        $paths[] = ↓$page->book->slug;
                    }
                }
            }
            """),
        // The relation read as a property loads it, whatever is called on it next.
        .triggering(
            .php,
            """
            class Page extends Model {
                public function book() { return $this->belongsTo(Book::class); }
            }
            function paths($query) {
                foreach (Page::where('draft', false)->get() as $page) {
                    $paths[] = ↓$page->book->getShortName(42);
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            class Page extends Model {
                public function book() { return $this->belongsTo(Book::class); }
            }
            function paths($query) {
                foreach (Page::with('book')->where('draft', false)->get() as $page) {
                    $paths[] = $page->book->getShortName(42);
                }
            }
            """),
        .triggering(
            .php,
            """
            class Reply extends Model {
                public function user() { return $this->belongsTo(User::class); }
            }
            function avatars($thread) {
                foreach (Reply::where('thread_id', $thread->id)->get() as $reply) {
                    $urls[] = ↓$reply->user->avatar;
                }
            }
            """),
        .triggering(
            .php,
            """
            class Reminder extends Model {
                public function contact() { return $this->belongsTo(Contact::class); }
            }
            function names($account) {
                $reminders = $account->reminders()->get();
                foreach ($reminders as $reminder) {
                    $names[] = ↓$reminder->contact->name;
                }
            }
            """),
        .triggering(
            .php,
            """
            class Activity extends Model {
                public function account() { return $this->belongsTo(Account::class); }
            }
            function owners() {
                $activities = Activity::latest()->get();
                foreach ($activities as $activity) {
                    echo ↓$activity->account->name;
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            class Reply extends Model {
                public function user() { return $this->belongsTo(User::class); }
            }
            function avatars($thread) {
                foreach (Reply::with('user')->where('thread_id', $thread->id)->get() as $reply) {
                    $urls[] = $reply->user->avatar;
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            class Reply extends Model {
                public function user() { return $this->belongsTo(User::class); }
            }
            function bodies($thread) {
                foreach (Reply::where('thread_id', $thread->id)->get() as $reply) {
                    $texts[] = $reply->body;
                }
            }
            """),
        .nonTriggering(
            .php,
            """
            class Reply extends Model {
                public function user() { return $this->belongsTo(User::class); }
            }
            function author($id) {
                return Reply::find($id)->user->name;
            }
            """),
    ]

    private static let jvm: [RuleExample] = [
        .triggering(
            .java,
            """
            @Entity
            class Invoice {
                @ManyToOne(fetch = FetchType.LAZY)
                private Customer payer;
            }
            class Mailer {
                void send(InvoiceRepository invoices) {
                    for (Invoice invoice : invoices.findAll()) {
                        mail(↓invoice.getPayer().getEmail());
                    }
                }
            }
            """),
        .triggering(
            .java,
            """
            @Entity
            class Pet {
                @ManyToOne(fetch = FetchType.LAZY)
                private Owner owner;
            }
            class Report {
                void print(PetRepository pets) {
                    pets.findAll().forEach(pet -> System.out.println(↓pet.getOwner().getLastName()));
                }
            }
            """),
        .triggering(
            .java,
            """
            @Entity
            class Visit {
                @ManyToOne(fetch = FetchType.LAZY)
                private Pet pet;
            }
            class Visits {
                List<String> names(VisitRepository visits, int vet) {
                    List<String> result = new ArrayList<>();
                    for (Visit visit : visits.findByVetId(vet)) {
                        result.add(↓visit.getPet().getName());
                    }
                    return result;
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            @Entity
            class Invoice {
                @ManyToOne(fetch = FetchType.LAZY)
                private Customer payer;
                private BigDecimal total;
            }
            class Sums {
                void sum(InvoiceRepository invoices) {
                    for (Invoice invoice : invoices.findAll()) {
                        add(invoice.getTotal());
                    }
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            @Entity
            class Invoice {
                @ManyToOne(fetch = FetchType.LAZY)
                private Customer payer;
            }
            class Mailer {
                void send(InvoiceRepository invoices, long id) {
                    mail(invoices.findById(id).get().getPayer().getEmail());
                }
            }
            """),
        .nonTriggering(
            .java,
            """
            @Entity
            class Invoice {
                @ManyToOne(fetch = FetchType.LAZY)
                private Customer payer;
            }
            class Mailer {
                void send(EntityManager em) {
                    String jpql = "SELECT i FROM Invoice i JOIN FETCH i.payer";
                    for (Invoice invoice : em.createQuery(jpql, Invoice.class).getResultList()) {
                        mail(invoice.getPayer().getEmail());
                    }
                }
            }
            """),
    ]

    private static let kotlin: [RuleExample] = [
        .triggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne(fetch = FetchType.LAZY)
                var series: Series? = null,
                var title: String = "",
            )
            interface BookRepository : JpaRepository<Book, Long>
            class Feed(private val books: BookRepository) {
                fun titles(): List<String> {
                    val titles = mutableListOf<String>()
                    for (book in books.findAll()) {
                        titles += ↓book.series?.title ?: ""
                    }
                    return titles
                }
            }
            """),
        .triggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne(fetch = FetchType.LAZY)
                var series: Series? = null,
                var title: String = "",
            )
            interface BookRepository : JpaRepository<Book, Long>
            class Feed(private val books: BookRepository) {
                fun titles(): Set<String> = books.findAll().mapNotNull { ↓it.series?.title }.toSet()
            }
            """),
        .triggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne(fetch = FetchType.LAZY)
                var series: Series? = null,
                var title: String = "",
            )
            interface BookRepository : JpaRepository<Book, Long>
            class Feed(private val books: BookRepository) {
                fun entries(): List<String> {
                    val entries = mutableListOf<String>()
                    for (book in books.findAll()) {
                        entries += ↓"${book.series?.title} - ${book.title}"
                    }
                    return entries
                }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne(fetch = FetchType.LAZY)
                var series: Series? = null,
            )
            interface BookRepository : JpaRepository<Book, Long> {
                @Query("select b from Book b join fetch b.series")
                fun findAllWithSeries(): List<Book>
            }
            class Feed(private val books: BookRepository) {
                fun titles(): List<String> = books.findAllWithSeries().map { it.series?.title ?: "" }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne
                var series: Series? = null,
            )
            interface BookRepository : JpaRepository<Book, Long>
            class Feed(private val books: BookRepository) {
                fun titles(): List<String> = books.findAll().map { it.series?.title ?: "" }
            }
            """),
        .nonTriggering(
            .kotlin,
            """
            @Entity
            class Book(
                @ManyToOne(fetch = FetchType.LAZY)
                var series: Series? = null,
                var title: String = "",
            )
            interface BookRepository : JpaRepository<Book, Long>
            class Feed(private val books: BookRepository) {
                fun titles(): List<String> = books.findAll().map { "${it.title}" }
            }
            """),
    ]

    private static let swift: [RuleExample] = [
        .triggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func names(context: NSManagedObjectContext) throws -> [String] {
                let orders = try context.fetch(NSFetchRequest<Order>(entityName: "Order"))
                var names: [String] = []
                for order in orders {
                    names.append(↓order.customer?.name ?? "")
                }
                return names
            }
            """),
        .triggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func emails(context: NSManagedObjectContext) throws -> Set<String> {
                let orders = try context.fetch(NSFetchRequest<Order>(entityName: "Order"))
                return Set(orders.compactMap { ↓$0.customer?.email })
            }
            """),
        .triggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func lines(context: NSManagedObjectContext) throws -> [String] {
                var lines: [String] = []
                for order in try context.fetch(NSFetchRequest<Order>(entityName: "Order")) {
                    lines.append(↓"\\(order.number): \\(order.customer?.name ?? "")")
                }
                return lines
            }
            """),
        .nonTriggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func names(context: NSManagedObjectContext) throws -> [String] {
                let request = NSFetchRequest<Order>(entityName: "Order")
                request.relationshipKeyPathsForPrefetching = ["customer"]
                let orders = try context.fetch(request)
                return orders.map { $0.customer?.name ?? "" }
            }
            """),
        .nonTriggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func numbers(context: NSManagedObjectContext) throws -> [String] {
                let orders = try context.fetch(NSFetchRequest<Order>(entityName: "Order"))
                return orders.map { "\\($0.number)" }
            }
            """),
        .nonTriggering(
            .swift,
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var number: String
                @NSManaged public var customer: Customer?
            }
            func name(context: NSManagedObjectContext, id: NSManagedObjectID) throws -> String {
                let order = try context.existingObject(with: id) as! Order
                return order.customer?.name ?? ""
            }
            """),
    ]

    private static let dotnet: [RuleExample] = [
        .triggering(
            .csharp,
            """
            public class ShopContext : DbContext {
                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseLazyLoadingProxies();
            }
            public class Order {
                public virtual Customer Customer { get; set; }
            }
            public class Mailer {
                public void Send(ShopContext db) {
                    foreach (var order in db.Orders.Where(o => o.Open).ToList()) {
                        Mail(↓order.Customer.Email);
                    }
                }
            }
            """),
        .triggering(
            .csharp,
            """
            public class ShopContext : DbContext {
                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseLazyLoadingProxies();
            }
            public class Lease {
                public virtual Tenant Tenant { get; set; }
            }
            public class Report {
                public IEnumerable<string> Names(AppDbContext db) {
                    return db.Leases.ToList().Select(l => ↓l.Tenant.Name);
                }
            }
            """),
        .triggering(
            .csharp,
            """
            public class ShopContext : DbContext {
                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseLazyLoadingProxies();
            }
            public class Ticket {
                public virtual User Assignee { get; set; }
            }
            public class Digest {
                public async Task Build(AppDbContext db) {
                    var tickets = await db.Tickets.ToListAsync();
                    foreach (var ticket in tickets) {
                        Add(↓ticket.Assignee.Email);
                    }
                }
            }
            """),
        // Without lazy-loading proxies (or an `ILazyLoader`) EF Core loads no navigation on read:
        // an unloaded one is null.
        .nonTriggering(
            .csharp,
            """
            public class Order {
                public virtual Customer Customer { get; set; }
            }
            public class Mailer {
                public void Send(ShopContext db) {
                    foreach (var order in db.Orders.Where(o => o.Open).ToList()) {
                        Mail(order.Customer?.Email);
                    }
                }
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public class ShopContext : DbContext {
                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseLazyLoadingProxies();
            }
            public class Order {
                public virtual Customer Customer { get; set; }
            }
            public class Mailer {
                public void Send(ShopContext db) {
                    foreach (var order in db.Orders.Include(o => o.Customer).ToList()) {
                        Mail(order.Customer.Email);
                    }
                }
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public class Order {
                public virtual Customer Customer { get; set; }
                public decimal Total { get; set; }
            }
            public class Sums {
                public decimal Sum(ShopContext db) {
                    decimal sum = 0;
                    foreach (var order in db.Orders.ToList()) { sum += order.Total; }
                    return sum;
                }
            }
            """),
        .nonTriggering(
            .csharp,
            """
            public class Order {
                public virtual Customer Customer { get; set; }
            }
            public class Mailer {
                public void Send(ShopContext db, int id) {
                    Mail(db.Orders.Find(id).Customer.Email);
                }
            }
            """),
    ]

    private static let script: [RuleExample] = [
        .triggering(
            .typescript,
            """
            @Entity()
            class Post {
              @ManyToOne(() => User, { lazy: true })
              author: Promise<User>;
            }
            async function titles(repo: Repository<Post>) {
              const posts = await repo.find();
              for (const post of posts) {
                names.push((await ↓post.author).name);
              }
            }
            """),
        .triggering(
            .typescript,
            """
            @Entity()
            class Visit {
              @ManyToOne(() => Pet, { lazy: true })
              pet: Promise<Pet>;
            }
            async function names(visits: Repository<Visit>) {
              for (const visit of await visits.find()) {
                print((await ↓visit.pet).name);
              }
            }
            """),
        // Sequelize loads an association only through its getter; the attribute reads what an
        // `include` put there, or nothing.
        .triggering(
            .typescript,
            """
            class Comment extends Model {}
            Comment.belongsTo(User, { as: "author" });
            async function authors() {
              const comments = await Comment.findAll({ where: { spam: false } });
              return Promise.all(comments.map((comment) => ↓comment.getAuthor()));
            }
            """),
        .nonTriggering(
            .typescript,
            """
            @Entity()
            class Visit {
              @ManyToOne(() => Pet)
              pet: Pet;
            }
            async function names(visits: Repository<Visit>) {
              for (const visit of await visits.find({ relations: ["pet"] })) {
                print(visit.pet.name);
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            @Entity()
            class Visit {
              @ManyToOne(() => Pet)
              pet: Pet;
            }
            async function names(visits: Repository<Visit>) {
              for (const visit of await visits.find()) {
                print(visit.pet?.name);
              }
            }
            """),
        .nonTriggering(
            .typescript,
            """
            class Comment extends Model {}
            Comment.belongsTo(User, { as: "author" });
            async function authors() {
              const comments = await Comment.findAll({ include: [{ model: User, as: "author" }] });
              return comments.map((comment) => comment.author.name);
            }
            """),
        .nonTriggering(
            .typescript,
            """
            @Entity()
            class Visit {
              @ManyToOne(() => Pet)
              pet: Pet;
            }
            function labels(visits: Visit[]) {
              return ["a", "b"].map((visit) => visit.length);
            }
            """),
    ]

    private static let sequelize: [RuleExample] = [
        .triggering(
            .javascript,
            """
            Post.belongsTo(User, { as: "author" });
            async function rows() {
              const posts = await Post.findAll({ where: { published: true } });
              const result = [];
              for (const post of posts) {
                const author = await ↓post.getAuthor();
                result.push({ id: post.id, author: author.username });
              }
              return result;
            }
            """),
        .triggering(
            .javascript,
            """
            Post.belongsTo(User, { as: "author" });
            async function bylines() {
              const posts = await Post.findAll();
              return Promise.all(posts.map((post) => ↓post.getAuthor()));
            }
            """),
        .triggering(
            .javascript,
            """
            Post.hasMany(Comment, { as: "comments" });
            async function counts() {
              let total = 0;
              for (const post of await Post.findAll()) {
                total += (await ↓post.getComments()).length;
              }
              return total;
            }
            """),
        .nonTriggering(
            .javascript,
            """
            Post.belongsTo(User, { as: "author" });
            async function rows() {
              const posts = await Post.findAll({ include: [{ model: User, as: "author" }] });
              return posts.map((post) => post.author.username);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            Post.belongsTo(User, { as: "author" });
            async function rows() {
              const posts = await Post.findAll();
              return posts.map((post) => post.author?.username);
            }
            """),
        .nonTriggering(
            .javascript,
            """
            Post.belongsTo(User, { as: "author" });
            async function rows() {
              const posts = await Post.findAll();
              return posts.map((post) => post.getTitle());
            }
            """),
    ]
}
