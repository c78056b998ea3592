// MARK: - HF101 examples: a helper of the repository that runs the query

extension QueryInLoopRule {
    /// Helpers found through the repository: the per-item call reaches a query in another method.
    static let helpers: [RuleExample] = [
        // A variable named after an abstract base class (`BaseCableProfile`) holds one of its
        // subclasses: the base's method runs.
        .triggering(
            .python,
            """
            class BaseCableProfile:
                def get_peer_termination(self, termination, position):
                    return CableTermination.objects.get(cable_id=termination.cable_id, position=position)

            def trace(cable, pairs):
                cable_profile = cable.profile_class()
                for term, pos in pairs:
                    peer = ↓cable_profile.get_peer_termination(term, pos)
            """),
        // `Database` is no base class of a `data` variable: `Base` ends a word there only in name.
        .nonTriggering(
            .python,
            """
            class Database:
                def load_rows_for(self, key):
                    return Row.objects.filter(key=key).first()

            def totals(keys, data):
                for key in keys:
                    row = data.load_rows_for(key)
            """),
        // A helper returning a query embedded in another (`Subquery(…)`) runs none by itself; one
        // returning the lazy query itself runs it where the caller evaluates it.
        .nonTriggering(
            .python,
            """
            def count_related(model, field):
                subquery = Subquery(model.objects.filter(**{field: OuterRef("pk")}).values("c"))
                return Coalesce(subquery, 0)

            def annotations(model, names):
                result = {}
                for name in names:
                    result[name] = count_related(model, name)
                return result
            """),
        .triggering(
            .python,
            """
            def related_rows(model, field):
                return model.objects.filter(**{field: 1}).values("c")

            def annotations(model, names):
                result = {}
                for name in names:
                    result[name] = list(↓related_rows(model, name))
                return result
            """),
    ]

    /// PHP helpers (after the PHP examples: the suppression examples take the first of those).
    static let phpHelpers: [RuleExample] = [
        // A Laravel builder held by a local that is only joined into another query as a subquery
        // (`joinSub`) runs nothing; the same builder returned, or also counted, runs.
        .nonTriggering(
            .php,
            """
            class SearchRunner {
                protected function applyTermSearch($entityQuery, $terms): void
                {
                    $subQuery = DB::table('search_terms')->select(['entity_id', 'score']);
                    $subQuery->addBinding($terms, 'select');
                    $subQuery->whereIn('term', $terms);
                    $entityQuery->joinSub($subQuery, 's', 'id', '=', 's.entity_id');
                }

                public function searchAll($queries, $terms) {
                    foreach ($queries as $query) {
                        $this->applyTermSearch($query, $terms);
                    }
                }
            }
            """),
        .triggering(
            .php,
            """
            class SearchRunner {
                protected function termCount($entityQuery, $terms)
                {
                    $subQuery = DB::table('search_terms')->whereIn('term', $terms);
                    $entityQuery->joinSub($subQuery, 's', 'id', '=', 's.entity_id');
                    return $subQuery->count();
                }

                public function searchAll($queries, $terms) {
                    foreach ($queries as $query) {
                        $counts[] = ↓$this->termCount($query, $terms);
                    }
                }
            }
            """),
        // A method that returns its object's cached map before building it runs its query once
        // per object; one that assigns and then returns the member queries on every call.
        .nonTriggering(
            .php,
            """
            class PermissionEvaluator {
                protected function permissionMap(): array
                {
                    if (isset($this->permissionMapCache)) {
                        return $this->permissionMapCache;
                    }
                    $this->permissionMapCache = DB::table('permissions')->get()->keyBy('id')->all();
                    return $this->permissionMapCache;
                }

                public function evaluate($entities) {
                    foreach ($entities as $entity) {
                        $allowed[] = $this->permissionMap()[$entity->id] ?? false;
                    }
                }
            }
            """),
        .triggering(
            .php,
            """
            class PermissionEvaluator {
                protected function permissionMap(): array
                {
                    $this->permissionMapCache = DB::table('permissions')->get()->keyBy('id')->all();
                    return $this->permissionMapCache;
                }

                public function evaluate($entities) {
                    foreach ($entities as $entity) {
                        $allowed[] = ↓$this->permissionMap()[$entity->id] ?? false;
                    }
                }
            }
            """),
    ]
}
