// MARK: - HF101 examples: relations loaded with the query (`prefetch_related`, `includes`, …)

extension QueryInLoopRule {
    static let eagerLoaded: [RuleExample] = [
        .triggering(
            .python,
            """
            orders = Order.objects.filter(customer=customer).prefetch_related("items")
            for order in orders:
                payments = list(↓order.payments.all())
            """),
        .triggering(
            .python,
            """
            for order in Order.objects.select_related("customer"):
                for item in ↓order.items.all():
                    print(item.sku)
            """),
        .triggering(
            .python,
            """
            orders = Order.objects.prefetch_related("items")
            for order in Order.objects.filter(status="open"):
                skus = [item.sku for item in ↓order.items.all()]
            """),
        .nonTriggering(
            .python,
            """
            orders = (
                Order.objects.filter(customer=customer)
                .select_related("shipment")
                .prefetch_related("items__product")
                .order_by("-created")[:50]
            )
            for order in orders:
                skus = [item.product.sku for item in order.items.all()]
            """),
        .nonTriggering(
            .python,
            """
            for order in Order.objects.prefetch_related("items", "payments"):
                paid = sum(p.amount for p in order.payments.all())
            """),
        .nonTriggering(
            .python,
            """
            customers = Customer.objects.prefetch_related(Prefetch("orders"))
            for customer in customers:
                totals = [o.total for o in customer.orders.all()]
            """),
        // An ActiveRecord calculation asks the database even on a preloaded association.
        .triggering(
            .ruby,
            """
            class Payment < ApplicationRecord
              has_many :refunds
            end

            def payment_total(order)
              order.payments.includes(:refunds).sum { |payment| payment.amount - ↓payment.refunds.sum(:amount) }
            end
            """),
        .nonTriggering(
            .ruby,
            """
            class Payment < ApplicationRecord
              has_many :refunds
            end

            def payment_total(order)
              order.payments.includes(:refunds).sum { |payment| payment.amount - payment.refunds.sum(&:amount) }
            end
            """),
    ]
}
