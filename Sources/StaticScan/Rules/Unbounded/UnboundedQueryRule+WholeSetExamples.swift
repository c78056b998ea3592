// MARK: - HF201 examples: fetch requests, whole sets narrowed in memory, typed raw reads

extension UnboundedQueryRule {
    static let wholeSetExamples: [RuleExample] = [
        // Core Data and SwiftData: a fetch request with no limit, batch size or key predicate.
        .triggering(
            .swift,
            """
            let request = NSFetchRequest<DateEntry>(entityName: "DateEntry")
            request.predicate = NSPredicate(format: "created < %@", cutoff as NSDate)
            for entry in try ↓context.fetch(request) where entry.isPurgeable {
                context.delete(entry)
            }
            """),
        .triggering(
            .swift,
            """
            let descriptor = FetchDescriptor<Article>(sortBy: [SortDescriptor(\\.published)])
            let articles = try ↓modelContext.fetch(descriptor)
            """),
        .nonTriggering(
            .swift,
            """
            let request = NSFetchRequest<DateEntry>(entityName: "DateEntry")
            request.predicate = NSPredicate(format: "created < %@", cutoff as NSDate)
            request.fetchBatchSize = 200
            for entry in try context.fetch(request) where entry.isPurgeable {
                context.delete(entry)
            }
            """),
        .nonTriggering(
            .swift,
            """
            let request = Entry.fetchRequest()
            request.predicate = NSPredicate(format: "uuid == %@", uuid as CVarArg)
            let matches = try context.fetch(request)
            let recent = FetchDescriptor<Article>(predicate: #Predicate { $0.feedID == feedID })
            let articles = try modelContext.fetch(recent)
            """),
        // A repository's whole set narrowed to the caller's keys in memory.
        .triggering(
            .csharp,
            """
            var collections = await ↓collectionRepository.GetManyByOrganizationIdAsync(orgId);
            var targets = collections
                .Where(c => collectionIds.Contains(c.Id))
                .ToList();
            """),
        .triggering(
            .typescript,
            """
            const users = await ↓userRepository.findAll();
            const owner = users.find((u) => u.id === ownerId);
            """),
        .nonTriggering(
            .csharp,
            """
            var collections = await collectionRepository.GetManyByOrganizationIdAsync(orgId);
            var writable = collections.Where(c => !c.ReadOnly).ToList();
            var picked = await collectionRepository.GetManyByManyIdsAsync(collectionIds);
            """),
        .nonTriggering(
            .typescript,
            """
            const users = await userRepository.findAll();
            const admins = users.filter((u) => u.role === "admin");
            """),
        // Ruby: a membership test on an association the model lists for preloading.
        .triggering(
            .ruby,
            """
            class UserRule < PromotionRule
              has_many :users, through: :rule_users

              def preload_relations
                [:users]
              end

              def eligible?(order)
                ↓users.include?(order.user)
              end
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class UserRule < PromotionRule
              has_many :users, through: :rule_users

              def eligible?(order)
                users.include?(order.user)
              end
            end
            """),
        // A raw read whose SQL stands on a line of its own, with a TypeScript row type.
        .triggering(
            .typescript,
            """
            const votes = await env.DB.prepare(
              ↓"SELECT actor, metadata_json FROM audit_events WHERE event_type = ? AND created_at >= ?",
            )
              .bind(type, since)
              .all<{ actor: string; metadata_json: string }>();
            """),
        .nonTriggering(
            .typescript,
            """
            const votes = await env.DB.prepare(
              "SELECT actor, metadata_json FROM audit_events WHERE event_type = ? ORDER BY id DESC LIMIT ?",
            )
              .bind(type, limit)
              .all<{ actor: string; metadata_json: string }>();
            """),
        // A session made bounded where it is assigned, or narrowed by a key in a statement of its own.
        .triggering(
            .go,
            """
            sess := x.Where("is_closed=?", isClosed).Asc("created_unix")
            err := ↓sess.Find(&issues)
            """),
        .nonTriggering(
            .go,
            """
            sess := x.Limit(20, (page-1)*20).Where("is_closed=?", isClosed)
            err := sess.Find(&issues)
            comments := e.Where("issue_id = ?", issueID).Asc("created_unix")
            err = comments.Find(&rows)
            open := x.Where("is_closed=?", false)
            open.And("repo_id=?", repoID)
            err = open.Find(&issues)
            """),
        // A bound applied a few lines later to the same query.
        .triggering(
            .python,
            """
            def index(request):
                posts = ↓Post.objects.filter(status="published").order_by("-id")
                return JsonResponse(list(posts), safe=False)
            """),
        .nonTriggering(
            .python,
            """
            def index(request):
                posts = Post.objects.filter(status="published").order_by("-id")
                posts = posts[:20]
                return JsonResponse(list(posts), safe=False)
            """),
    ]
}
