// MARK: - HF101 examples: helpers given rows the caller fetched with their relations

extension QueryInLoopRule {
    /// A loop over rows fetched with `prefetch_related`/`includes` hands each row to a helper that
    /// reads what the caller loaded; without the prefetch the helper's read runs per row.
    static let lookAlikeExamples: [RuleExample] = [
        // Returning whether the first hit checked out stops the loop; returning its error goes on
        // only for the items that fail, so every item may still be checked.
        .nonTriggering(
            .go,
            """
            func authorized(db *xorm.Session, headers []string) bool {
            	for _, s := range headers {
            		if strings.HasPrefix(s, "Bearer ") {
            			_, err := db.Where("token = ?", s).Get(&APIToken{})
            			return err == nil
            		}
            	}
            	return false
            }
            """),
        .triggering(
            .go,
            """
            func checkAll(db *xorm.Session, headers []string) error {
            	for _, s := range headers {
            		_, err := ↓db.Where("token = ?", s).Get(&APIToken{})
            		if err != nil {
            			return err
            		}
            	}
            	return nil
            }
            """),
        // A managed class's injected `List<T>` holds the registered beans: as many as the
        // application declares. A method's parameter or a local list holds data.
        .nonTriggering(
            .kotlin,
            """
            @Service
            class SeriesMetadataLifecycle(
              private val providers: List<SeriesMetadataProvider>,
              private val bookRepository: BookRepository,
            ) {
              fun refresh(series: Series) {
                providers.forEach { provider -> bookRepository.findAllBySeriesId(series.id) }
              }
            }
            """),
        .triggering(
            .kotlin,
            """
            @Service
            class SeriesMetadataLifecycle(private val bookRepository: BookRepository) {
              fun refresh(series: Series) {
                val providers: List<Series> = bookRepository.findAllSeries()
                providers.forEach { provider -> ↓bookRepository.findAllBySeriesId(provider.id) }
              }
            }
            """),
        .triggering(
            .kotlin,
            """
            class SeriesMetadataLifecycle(
              private val providers: List<Series>,
              private val bookRepository: BookRepository,
            ) {
              fun refresh() {
                providers.forEach { provider -> ↓bookRepository.findAllBySeriesId(provider.id) }
              }
            }
            """),
        .nonTriggering(
            .java,
            """
            @Component
            public class Dispatcher {
                private final List<Handler> handlers;

                public void dispatch(Event event) {
                    for (Handler handler : handlers) {
                        jdbcTemplate.queryForObject("SELECT count(*) FROM audit WHERE handler = ?", Long.class, handler.name());
                    }
                }
            }
            """),
        .triggering(
            .java,
            """
            @Component
            public class Dispatcher {
                public void dispatch(List<Handler> handlers) {
                    for (Handler handler : handlers) {
                        ↓jdbcTemplate.queryForObject("SELECT count(*) FROM audit WHERE handler = ?", Long.class, handler.name());
                    }
                }
            }
            """),
        // Iterating a class in Python walks an enum's members: as many as the code declares.
        .nonTriggering(
            .python,
            """
            for leg, label in PowerOutletFeedLegChoices:
                legs[label] = PowerOutlet.objects.filter(feed_leg=leg).count()
            """),
        .nonTriggering(
            .python,
            """
            for name in settings.REMOTE_AUTH_DEFAULT_GROUPS:
                groups.append(Group.objects.get(name=name))
            """),
        .triggering(
            .python,
            """
            for name in request.POST.getlist("groups"):
                groups.append(↓Group.objects.get(name=name))
            """),
        .triggering(
            .python,
            """
            for leg in feed_legs:
                legs[leg.name] = ↓PowerOutlet.objects.filter(feed_leg=leg).count()
            """),
        .nonTriggering(
            .python,
            """
            def line_payload(line):
                return {"images": [media.url for media in line.media.all()]}

            def payload(fulfillment):
                lines = fulfillment.lines.prefetch_related("media").all()
                return [line_payload(line) for line in lines]
            """),
        .triggering(
            .python,
            """
            def line_payload(line):
                return {"images": [media.url for media in line.media.all()]}

            def payload(fulfillment):
                lines = fulfillment.lines.all()
                return [↓line_payload(line) for line in lines]
            """),
        // A browser store's `get` reads the page's memory; the same call in server code queries.
        .nonTriggering(
            .typescript,
            """
            import { observer } from "mobx-react";

            function SelectedDocuments({ ids }: Props) {
              const selected = ids.map((id) => Document.findByPk(id));
              return selected.length;
            }
            """),
        .triggering(
            .typescript,
            """
            import { Op } from "sequelize";

            async function selectedDocuments(ids: string[]) {
              return Promise.all(ids.map((id) => ↓Document.findByPk(id)));
            }
            """),
        // A local dict named like an association is no association: `dict.get`, not a query.
        .nonTriggering(
            .python,
            """
            class Product(models.Model):
                category = models.ForeignKey(Category, related_name="products", on_delete=models.CASCADE)

            def batch_load(keys):
                products = {}
                for product in load_from_cache(keys):
                    products[product.pk] = product
                return [products.get(key) for key in keys]
            """),
        .triggering(
            .python,
            """
            class Product(models.Model):
                category = models.ForeignKey(Category, related_name="products", on_delete=models.CASCADE)

            def featured(categories):
                return [↓category.products.get(slug="featured") for category in categories]
            """),
        // A loop that skips every item outside a code-sized allowlist does its work a handful
        // of times at most; an allowlist read from the database, or a guard that does not skip,
        // bounds nothing.
        .nonTriggering(
            .php,
            """
            function searchBook($opts, $bookId) {
                $entityTypes = ['page', 'chapter'];
                foreach (explode('|', $opts['type']) as $entityType) {
                    if (!in_array($entityType, $entityTypes)) {
                        continue;
                    }
                    $results[] = DB::table('entities')->where('type', $entityType)->where('book_id', $bookId)->get();
                }
            }
            """),
        .nonTriggering(
            .python,
            """
            EXPORTABLE = ("site", "rack", "device")

            def export(names):
                for name in names:
                    if name not in EXPORTABLE:
                        continue
                    rows.append(ObjectType.objects.get(model=name))
            """),
        .nonTriggering(
            .ruby,
            """
            def counts(kinds)
              kinds.each do |kind|
                next unless %w[issue news].include?(kind)
                totals[kind] = Event.where(kind: kind).count
              end
            end
            """),
        .triggering(
            .php,
            """
            function searchBook($opts, $bookId) {
                $entityTypes = EntityType::query()->pluck('name')->all();
                foreach (explode('|', $opts['type']) as $entityType) {
                    if (!in_array($entityType, $entityTypes)) {
                        continue;
                    }
                    $results[] = ↓DB::table('entities')->where('type', $entityType)->where('book_id', $bookId)->get();
                }
            }
            """),
        .triggering(
            .python,
            """
            EXPORTABLE = ("site", "rack", "device")

            def export(names):
                for name in names:
                    if name not in EXPORTABLE:
                        log.warning("unusual type %s", name)
                    rows.append(↓ObjectType.objects.get(model=name))
            """),
    ]
}
