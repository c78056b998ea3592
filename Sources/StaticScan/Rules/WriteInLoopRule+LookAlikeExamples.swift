// MARK: - HF102 examples: calls and loops that look like per-item writes and are not

extension WriteInLoopRule {
    /// A metrics client's `increment` bumps a counter, not a row; a factory asked for a fixed count
    /// makes as many rows as the code says. The model's own `increment`, and a factory sized by the
    /// data, still write per item.
    static let lookAlikeExamples: [RuleExample] = [
        .nonTriggering(
            .typescript,
            """
            for (const event of events) {
              Metrics.increment("processor.event", { name: event.name });
            }
            """),
        .triggering(
            .typescript,
            """
            for (const view of views) {
              await ↓Document.increment("count", { where: { id: view.id } });
            }
            """),
        .nonTriggering(
            .php,
            """
            Book::factory()->count(5)->create($byData)
                ->each(function ($book) use ($byData) {
                    Chapter::create(['book_id' => $book->id]);
                });
            """),
        .triggering(
            .php,
            """
            Book::factory()->count($request->count)->create($byData)
                ->each(function ($book) use ($byData) {
                    ↓Chapter::create(['book_id' => $book->id]);
                });
            """),
        .nonTriggering(
            .python,
            """
            for order in OrderFactory.create_batch(3):
                Payment.objects.create(order=order)
            """),
        .triggering(
            .python,
            """
            for order in OrderFactory.create_batch(len(rows)):
                ↓Payment.objects.create(order=order)
            """),
        // A helper told not to save leaves the write to the batch after the loop.
        .nonTriggering(
            .python,
            """
            def update_search_vector(user, save=True):
                user.search_vector = prepare_vector(user)
                if save:
                    user.save(update_fields=["search_vector"])

            def refresh(users):
                for user in users:
                    update_search_vector(user, save=False)
                User.objects.bulk_update(users, ["search_vector"])
            """),
        .triggering(
            .python,
            """
            def update_search_vector(user, save=True):
                user.search_vector = prepare_vector(user)
                if save:
                    user.save(update_fields=["search_vector"])

            def refresh(users):
                for user in users:
                    ↓update_search_vector(user, save=True)
            """),
        // A class reached through a browser global builds DOM nodes; a model of the page's API writes.
        .nonTriggering(
            .javascript,
            """
            for (const el of elements) {
              const wrapper = window.tinymce.html.Node.create("code-block", { contenteditable: "false" });
              el.wrap(wrapper);
            }
            """),
        .triggering(
            .javascript,
            """
            for (const el of elements) {
              await ↓Block.create({ kind: "code-block", pageId: el.pageId });
            }
            """),
        // A class constant named with its class (`StoreTypes::MAPPING`) holds the literal it binds.
        .nonTriggering(
            .ruby,
            """
            class StoreTypes < ActiveRecord::Migration[4.2]
              MAPPING = { "label_relates_to" => "relates", "label_blocks" => "blocks" }

              def up
                StoreTypes::MAPPING.each do |key, value|
                  JournalDetail.where(prop_key: key).update_all(prop_key: value)
                end
              end
            end
            """),
        .triggering(
            .ruby,
            """
            class StoreTypes < ActiveRecord::Migration[4.2]
              MAPPING = RelationType.pluck(:label, :name).to_h

              def up
                StoreTypes::MAPPING.each do |key, value|
                  ↓JournalDetail.where(prop_key: key).update_all(prop_key: value)
                end
              end
            end
            """),
        // A repository method that returns a closure doing the write runs nothing when called: the
        // caller collects the actions and runs them later; the method that writes itself does.
        .nonTriggering(
            .csharp,
            """
            public class OrganizationUserRepository : IOrganizationUserRepository
            {
                public DatabaseTransactionAction UpdateStatusAndKeyById(Guid id, string key)
                {
                    return async (connection, transaction) =>
                    {
                        await connection.ExecuteAsync("[dbo].[OrganizationUser_UpdateKey]", new { Id = id, Key = key }, transaction: transaction);
                    };
                }
            }

            public class RegenerateKeysCommand
            {
                private readonly IOrganizationUserRepository _organizationUserRepository;

                public void Collect(List<OrganizationUser> users, List<DatabaseTransactionAction> actions)
                {
                    foreach (var user in users)
                    {
                        actions.Add(_organizationUserRepository.UpdateStatusAndKeyById(user.Id, user.Key));
                    }
                }
            }
            """),
        .triggering(
            .csharp,
            """
            public class OrganizationUserRepository : IOrganizationUserRepository
            {
                public async Task UpdateKeyAsync(Guid id, string key)
                {
                    using var connection = new SqlConnection(ConnectionString);
                    await connection.ExecuteAsync("[dbo].[OrganizationUser_UpdateKey]", new { Id = id, Key = key });
                }
            }

            public class RegenerateKeysCommand
            {
                private readonly IOrganizationUserRepository _organizationUserRepository;

                public async Task RunAsync(List<OrganizationUser> users)
                {
                    foreach (var user in users)
                    {
                        await ↓_organizationUserRepository.UpdateKeyAsync(user.Id, user.Key);
                    }
                }
            }
            """),
    ]
}
