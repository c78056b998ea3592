import Testing

@testable import StaticScan

/// Relations a loop's query loads up front, per ORM, and receivers holding in-memory values.
@Suite struct EagerLoadingTests {
    /// The relations loaded by the query the first loop of `text` iterates.
    static func relations(_ text: String, _ language: Language) -> Set<String> {
        let file = AnalyzedFile(path: "x", text: text, language: language)
        guard let iterable = file.loops.first?.iterable else { return [] }
        return EagerLoading.relations(loadedBy: iterable, in: file)
    }

    @Test(arguments: [
        (
            Language.python,
            "for o in Order.objects.prefetch_related(\"items__product\").select_related(\"shipment\"):\n    pass\n",
            ["items", "shipment"]
        ),
        (
            .python,
            "orders = session.scalars(select(Order).options(selectinload(Order.items), joinedload(Order.customer)))\nfor o in orders:\n    pass\n",
            ["items", "customer"]
        ),
        (
            .ruby, "Order.includes(:items, shipment: :carrier).each do |order|\n  puts order\nend\n",
            ["items", "shipment", "carrier"]
        ),
        (
            .csharp,
            "foreach (var o in db.Orders.Include(o => o.Items).ThenInclude(i => i.Product).ToList())\n{\n}\n",
            ["items", "product"]
        ),
        (
            .typescript,
            "const orders = await prisma.order.findMany({ where: { userId }, include: { items: true } });\nfor (const o of orders) {\n}\n",
            ["items"]
        ),
        (
            .typescript,
            "const orders = await this.orders.find({ relations: [\"lines\", \"customer\"] });\nfor (const o of orders) {\n}\n",
            ["lines", "customer"]
        ),
    ])
    func relationsLoadedWithTheQuery(language: Language, text: String, expected: [String]) {
        #expect(Self.relations(text, language).isSuperset(of: Set(expected)))
    }

    @Test func unloadedRelationsAreNotListed() {
        let found = Self.relations(
            "for o in Order.objects.prefetch_related(\"items\"):\n    pass\n", .python)
        #expect(!found.contains("payments"))
    }

    @Test func inMemoryValuesEndAtTheirScopeOrAReassignment() {
        let text = """
            def warm(rules):
                cache = {}
                cache.get(1)

            def read(keys):
                cache.get(2)
                cache = caches["default"]
                cache.get(3)
            """
        let file = AnalyzedFile(path: "x.py", text: text, language: .python)
        let values = LocalValues(tokens: file.tokens, language: .python)
        let uses = file.chains.filter { $0.links.first?.name == "cache" && $0.links.count == 2 }
        #expect(uses.map(values.holdsInMemoryValue) == [true, false, false])
    }
}
