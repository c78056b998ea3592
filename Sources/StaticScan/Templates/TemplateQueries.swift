/// Queries that template code runs without looking like one to the host catalog: Django calls
/// methods without parentheses (`post.comments.count`), and a related manager or relation method
/// runs a query whatever the model is called (`post.comments.count`, `$post->tags()->count()`).
///
/// Framework knowledge as data, one table per dialect; each entry's example proves it:
/// - Django: `{{ post.comments.count }}`, `{% if task.workflows.exists %}`,
///   `{% for c in post.comments.all %}` (`all` builds; the loop runs it), and a name the template
///   counts or lists elsewhere (`value.count`) is a queryset, so `{% for w in value %}` runs it.
/// - ERB: `<%= post.comments.count %>`, `post.tags.pluck(:name)` — where the repository's models
///   are known, only for a declared `has_many` association (`query.block_columns.count` counts
///   an array).
/// - Blade: `{{ $post->comments()->count() }}`, `$entity->tags()->get()`,
///   `$d->deletable->pages()->withTrashed()->count()`.
enum TemplateQueries {
    /// Attribute names Django templates call without parentheses that run a query on a manager
    /// or queryset; `all` builds one.
    static let djangoReads: Set<String> = ["count", "exists", "first", "last", "earliest", "latest"]
    static let djangoBuilders: Set<String> = ["all"]
    /// Roots that are template machinery, not data (`forloop.first`, Jinja `loop.last`).
    static let djangoMachinery: Set<String> = ["forloop", "loop", "block", "request", "perms", "messages"]
    /// ActiveRecord association methods that query whatever is loaded.
    static let rubyReads: Set<String> = [
        "count", "exists?", "pluck", "sum", "average", "minimum", "maximum", "ids", "calculate",
    ]
    /// Eloquent: a relation method called, then one of these.
    static let eloquentReads: Set<String> = [
        "count", "get", "first", "exists", "pluck", "sum", "max", "min", "avg", "paginate", "doesntExist",
    ]

    /// Marks Django's parenthesis-free calls of ``djangoReads`` and ``djangoBuilders`` as calls.
    static func markImplicitCalls(_ chains: [CallChain], tokens: [Token], implicit: Set<Int>) -> [CallChain] {
        guard !implicit.isEmpty else { return chains }
        return chains.map { chain in
            var chain = chain
            for index in chain.links.indices.dropFirst() where !chain.links[index].isCall {
                let link = chain.links[index]
                guard implicit.contains(tokens[link.token].offset),
                    djangoReads.contains(link.name) || djangoBuilders.contains(link.name)
                else { continue }
                chain.links[index].isCall = true
            }
            return chain
        }
    }

    /// Call sites the host catalog did not find, for a template of `dialect`.
    static func calls(
        dialect: TemplateDialect, chains: [CallChain], known: [CallSite], tokens: [Token], loops: [Loop],
        associations: Set<String>? = nil
    ) -> [CallSite] {
        var covered = Set(known.map(\.chain.start))
        var result: [CallSite] = []
        var querysets: Set<String> = []
        // `{% for t in page_types %}{{ t.count }}`: a row's own `count` is an annotation, not a query.
        let rows = Set(loops.flatMap(\.variables))
        for chain in chains where !covered.contains(chain.start) && chain.links.count >= 2 {
            guard let link = queryLink(in: chain, dialect: dialect, associations: associations),
                dialect != .django || link > 1 || !rows.contains(chain.links[0].name)
            else { continue }
            covered.insert(chain.start)
            let isBuilder = dialect == .django && djangoBuilders.contains(chain.links[link].name)
            result.append(
                CallSite(
                    chain: chain, link: link, kind: .dbRead, family: family(of: dialect),
                    executes: !isBuilder,
                    sql: nil))
        }
        guard dialect == .django else { return result }
        for chain in chains where chain.links.count >= 2 {
            if let link = chain.links.indices.dropFirst().first(where: {
                djangoReads.contains(chain.links[$0].name) || djangoBuilders.contains(chain.links[$0].name)
            }), !djangoMachinery.contains(chain.links[0].name),
                link > 1 || !rows.contains(chain.links[0].name)
            {
                querysets.insert(chain.text(through: link - 1))
            }
        }
        // `{% for w in value %}` where the template also says `value.count`: the loop runs a query.
        for loop in loops {
            guard let iterable = loop.iterable, !iterable.isEmpty,
                let chain = chains.first(where: {
                    $0.start == iterable.lowerBound && $0.end == iterable.upperBound
                }),
                !covered.contains(chain.start), !chain.links.contains(where: \.isCall),
                querysets.contains(chain.text(through: chain.links.count - 1))
            else { continue }
            result.append(
                CallSite(
                    chain: chain, link: chain.links.count - 1, kind: .dbRead, family: "django",
                    executes: true,
                    sql: nil, executesWhereWritten: false))
        }
        return result
    }

    private static func family(of dialect: TemplateDialect) -> String {
        switch dialect {
        case .django: "django"
        case .erb, .haml, .slim: "activerecord"
        case .blade: "eloquent"
        case .razor: "efcore"
        }
    }

    /// The link of `chain` that runs a query by this dialect's table, if any.
    private static func queryLink(in chain: CallChain, dialect: TemplateDialect, associations: Set<String>?)
        -> Int?
    {
        let links = chain.links
        switch dialect {
        case .django:
            guard !djangoMachinery.contains(links[0].name) else { return nil }
            return links.indices.dropFirst().first { index in
                links[index].isCall && (links[index].arguments?.isEmpty ?? true)
                    && (djangoReads.contains(links[index].name) || djangoBuilders.contains(links[index].name))
            }
        case .erb, .haml, .slim:
            // `post.comments.count`: a variable, an association name, then the query.
            guard links.count >= 3, let first = links[0].name.unicodeScalars.first,
                first == "@" || ("a"..."z").contains(first) || first == "_",
                !links[1].isCall || links[1].arguments == nil
            else { return nil }
            guard associations?.contains(links[1].name) ?? true else { return nil }
            return rubyReads.contains(links[2].name) ? 2 : nil
        case .blade:
            // `$post->comments()->count()`, `$d->deletable->pages()->withTrashed()->count()`: a
            // relation method called before the query (`$post->comments->count()` counts a loaded
            // collection; `$items->count()` a variable's).
            guard links.count >= 3, links[0].name.hasPrefix("$"),
                let query = links.indices.last(where: {
                    links[$0].isCall && eloquentReads.contains(links[$0].name)
                }),
                links[1..<query].contains(where: { link in
                    link.isCall && !["get", "to", "collect", "all"].contains { link.name.hasPrefix($0) }
                })
            else { return nil }
            return query
        case .razor:
            return nil
        }
    }
}
