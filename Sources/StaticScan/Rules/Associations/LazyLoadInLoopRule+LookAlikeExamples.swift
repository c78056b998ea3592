// MARK: - HF106 examples: reads that look like lazy loads and are not

extension LazyLoadInLoopRule {
    /// A named scope that includes the relation (`scope("withAuthor")`) loads it with the rows; a
    /// value compared with a constant is a column even where another model has an association of
    /// that name. Sequelize's getter on rows of another scope, and a comparison with another row,
    /// still load.
    static let lookAlikeExamples: [RuleExample] = [
        .nonTriggering(
            .typescript,
            """
            class Comment extends Model {}
            Comment.belongsTo(User, { as: "author" });
            async function authors() {
              const comments = await Comment.scope("withAuthor").findAll({ where: { spam: false } });
              return comments.map((comment) => comment.author.name);
            }
            """),
        .triggering(
            .typescript,
            """
            class Comment extends Model {}
            Comment.belongsTo(User, { as: "author" });
            async function authors() {
              const comments = await Comment.scope("published").findAll({ where: { spam: false } });
              return Promise.all(comments.map((comment) => ↓comment.getAuthor()));
            }
            """),
        .nonTriggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :status
              has_many :watcher_users
            end

            def active_watchers(issue)
              issue.watcher_users.select { |u| u.status == User::STATUS_ACTIVE }
            end
            """),
        .triggering(
            .ruby,
            """
            class Issue < ApplicationRecord
              belongs_to :status
            end

            def closed(project, closed_status)
              Issue.where(project_id: project.id).select { |issue| ↓issue.status == closed_status }
            end
            """),
        // A list field of a plain class is held in memory, though a model names an association so.
        .nonTriggering(
            .python,
            """
            class Customer(models.Model):
                orders = models.ManyToManyField(Order)

            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

            @dataclass
            class Draft:
                orders: list

                def names(self):
                    return [order.customer.name for order in self.orders]
            """),
        .triggering(
            .python,
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, on_delete=models.CASCADE)

            class Customer(models.Model):
                orders = models.ManyToManyField(Order)

                def names(self):
                    return [↓order.customer.name for order in self.orders]
            """),
        // An `include` written over several lines of the options object still loads the relation.
        .nonTriggering(
            .typescript,
            """
            class Comment extends Model {}
            Comment.belongsTo(Document, { as: "document" });
            async function titles(user: User) {
              let comments;
              comments = await Comment.findAll({
                include: [
                  {
                    model: Document,
                    required: true,
                  },
                ],
              });
              return comments.map((comment) => comment.document.title);
            }
            """),
    ]
}
