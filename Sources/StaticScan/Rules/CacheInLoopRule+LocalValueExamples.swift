// MARK: - HF104 examples: a variable named like a cache that holds a dictionary

extension CacheInLoopRule {
    static let localValues: [RuleExample] = [
        .triggering(
            .python,
            """
            from django.core.cache import cache

            def warm(rules):
                cache = {}
                for rule in rules:
                    cache[rule.key] = rule

            def prices(skus):
                for sku in skus:
                    price = ↓cache.get(f"price:{sku}")
            """),
        .triggering(
            .python,
            """
            def prices(skus):
                cache = {}
                cache = caches["default"]
                for sku in skus:
                    price = ↓cache.get(f"price:{sku}")
            """),
        .nonTriggering(
            .python,
            """
            def discounts(lines, rules):
                cache = {}
                for line in lines:
                    key = (line["category"], line["tier"])
                    if key not in cache:
                        cache[key] = rules.get(key, 0)
                    discount = cache.get(key)
            """),
        .nonTriggering(
            .python,
            """
            class Pricer:
                def __init__(self):
                    self.cache = LRUCache(maxsize=1024)

                def prices(self, skus):
                    return [self.cache.get(sku) for sku in skus]
            """),
        .nonTriggering(
            .python,
            """
            def labels(ids):
                redis_cache = defaultdict(str)
                for id in ids:
                    label = redis_cache.get(id)
            """),
    ]
}
