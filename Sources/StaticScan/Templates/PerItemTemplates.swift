/// Which templates of a repository are rendered once per item of a collection: a partial included
/// inside a template loop (`{% include %}` in `{% for %}`, `@include` in `@foreach`,
/// `Html.PartialAsync` in `@foreach`), rendered per element by itself (`render partial:,
/// collection:`, `render @posts`, Blade `@each`), named by a per-row renderer of the host code (a
/// table column's `cell_template_name`), or included anywhere by such a template.
///
/// A query or association read anywhere in such a template runs once per item. Partial names are
/// resolved by each framework's lookup convention: Django/Jinja2 names below any `templates/` or
/// `jinja2/` folder, Blade dot paths below `views/`, Rails `_name` partials in the including
/// template's folder below `app/views/`, Razor partials by file name.
///
/// This is a small stand-alone piece so the repository index can own it later: it reads the
/// files it is given and answers paths.
public struct PerItemTemplates: Sendable {
    /// Template path → the place that renders it per item.
    public private(set) var sites: [String: TemplateRenderSite] = [:]
    /// ActiveRecord association names the repository declares (`has_many :comments`), or nil
    /// when no model was read: `post.comments.count` in a template is a query only for these.
    public private(set) var rubyAssociations: Set<String>? = nil
    /// Template path → the names that hold the item it is rendered for: the including loop's
    /// variables, names an include binds to them (`with page=instance`, `['entity' => $entity]`),
    /// and a per-row renderer's context names (``perRowContextNames``).
    public private(set) var items: [String: Set<String>] = [:]

    public init() {}

    /// Where `path` is rendered per item, or nil.
    public func site(of path: String) -> TemplateRenderSite? { sites[path] }

    /// The names holding the item in `path` (empty when it is not rendered per item or they are unknown).
    public func itemNames(of path: String) -> Set<String> { items[path] ?? [] }

    /// Class attributes of host code that name a template rendered once per row or item
    /// (Wagtail/django-tables-style columns, list item renderers).
    static let perRowAttributes = [
        "cell_template_name", "row_template_name", "item_template_name", "cell_template", "row_template",
        "item_template", "option_template_name",
    ]

    /// The names a per-row renderer's template gets the row's object by (Wagtail columns:
    /// `instance`, `value`; django-tables2: `record`, `value`).
    static let perRowContextNames: Set<String> = ["instance", "value", "record"]

    /// Finds the per-item templates among `files` (path and text of every file of the repository
    /// that may be a template or name one).
    public static func find(in files: [(path: String, text: String)]) -> PerItemTemplates {
        var templates: [(path: String, dialect: TemplateDialect, text: String)] = []
        var associations: Set<String> = []
        var hosts: [(path: String, text: String)] = []
        for file in files {
            if let dialect = TemplateDialect.detect(path: file.path, text: file.text) {
                templates.append((file.path, dialect, file.text))
            } else if perRowAttributes.contains(where: { file.text.contains($0) }) {
                hosts.append(file)
            }
            if file.path.hasSuffix(".rb") { associations.formUnion(declaredAssociations(in: file.text)) }
        }
        guard !templates.isEmpty else { return PerItemTemplates() }
        let index = TemplateIndex(paths: templates.map { ($0.path, $0.dialect) })
        var result = PerItemTemplates()
        if !associations.isEmpty { result.rubyAssociations = associations }
        var includes: [String: [(target: String, line: Int, bound: [(name: String, root: String)])]] = [:]
        for template in templates {
            let projection = TemplateProjection.project(template.text, dialect: template.dialect)
            guard !projection.includes.isEmpty else { continue }
            let file = AnalyzedFile(
                path: template.path, text: projection.text, language: template.dialect.host,
                template: projection)
            for include in projection.includes {
                let token = file.tokens.firstIndex { $0.offset >= include.offset }
                let bound = token.map { boundNames(at: $0, in: file) } ?? []
                for target in index.resolve(include.name, from: template.path, dialect: template.dialect)
                where target != template.path {
                    includes[template.path, default: []].append((target, include.line, bound))
                    let loop = token.flatMap(file.loop(containing:))
                    if include.perItem || loop != nil {
                        result.mark(target, TemplateRenderSite(path: template.path, line: include.line))
                        var names = Set(
                            (loop.map { file.loops[$0].variables } ?? []).map {
                                String($0.drop { $0 == "$" })
                            })
                        names.formUnion(bound.filter { names.contains($0.root) }.map(\.name))
                        if include.perItem { names.insert(collectionItemName(include.name)) }
                        result.items[target, default: []].formUnion(names)
                    }
                }
            }
        }
        for host in hosts {
            for (name, line) in namedPerRowTemplates(in: host.text) {
                for target in index.resolve(name, from: host.path, dialect: .django) {
                    result.mark(target, TemplateRenderSite(path: host.path, line: line))
                    result.items[target, default: []].formUnion(perRowContextNames)
                }
            }
        }
        // Whatever a per-item template includes is per item too, with the item's names it
        // passes on (the context, and names bound to them).
        var pending = Array(result.sites.keys).sorted()
        while let path = pending.popLast() {
            let names = result.itemNames(of: path)
            for (target, line, bound) in includes[path] ?? [] {
                let passed = names.union(bound.filter { names.contains($0.root) }.map(\.name))
                let known = result.sites[target] != nil
                guard !known || !passed.isSubset(of: result.itemNames(of: target)) else { continue }
                if !known { result.mark(target, TemplateRenderSite(path: path, line: line)) }
                result.items[target, default: []].formUnion(passed)
                pending.append(target)
            }
        }
        return result
    }

    /// The local a partial rendered per element of a collection gets its element by: the
    /// partial's own name (`render partial: "comments/comment", collection: …` → `comment`).
    static func collectionItemName(_ partial: String) -> String {
        let base = partial.split(separator: "/").last.map(String.init) ?? partial
        return String(base.drop { $0 == "_" }.prefix { $0 != "." })
    }

    /// The names an include at `token` binds and the first name of each value
    /// (`with page=instance.page` → (page, instance); `['entity' => $entity]` → (entity, entity)).
    static func boundNames(at token: Int, in file: AnalyzedFile) -> [(name: String, root: String)] {
        let tokens = file.tokens
        var end = token
        while end + 1 < tokens.count, tokens[end + 1].line == tokens[token].line { end += 1 }
        if token + 1 < tokens.count, tokens[token + 1].is("("),
            let close = file.brackets.partner(of: token + 1)
        {
            end = max(end, close)
        }
        var result: [(name: String, root: String)] = []
        for index in token..<max(token, end - 1)
        where tokens[index].kind == .identifier || tokens[index].kind == .string {
            guard tokens[index + 1].is("=") || tokens[index + 1].is("=>"),
                tokens[index + 2].kind == .identifier
            else { continue }
            result.append(
                (
                    String(tokens[index].text.drop { $0 == "$" }),
                    String(tokens[index + 2].text.drop { $0 == "$" })
                ))
        }
        return result
    }

    /// Without a repository: templates among `files` whose name marks a per-row partial
    /// (`_row`, `*_cell`, `*-item`, `_item`), reported with low confidence.
    public static func byName(in files: [(path: String, text: String)]) -> PerItemTemplates {
        var result = PerItemTemplates()
        for file in files where TemplateDialect.detect(path: file.path, text: file.text) != nil {
            let base = (file.path.split(separator: "/").last.map(String.init) ?? file.path).lowercased()
            let stem = base.split(separator: ".").first.map(String.init) ?? base
            let words = stem.split(whereSeparator: { $0 == "_" || $0 == "-" })
            if words.last.map({ ["row", "cell", "item"].contains($0) }) == true {
                result.mark(file.path, TemplateRenderSite(path: file.path, line: 1, byNameOnly: true))
            }
        }
        return result
    }

    private mutating func mark(_ path: String, _ site: TemplateRenderSite) {
        if let known = sites[path], (known.path, known.line) <= (site.path, site.line) { return }
        sites[path] = site
    }

    /// `has_many :comments`, `has_and_belongs_to_many :roles`, `has_many :issues, through: …`.
    static func declaredAssociations(in text: String) -> Set<String> {
        var names: Set<String> = []
        for macro in ["has_many", "has_and_belongs_to_many"] {
            var rest = Substring(text)
            while let found = rest.range(of: macro) {
                rest = rest[found.upperBound...]
                let after = rest.drop { $0 == " " || $0 == "(" }
                guard after.first == ":" else { continue }
                let name = after.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty { names.insert(String(name)) }
            }
        }
        return names
    }

    /// `cell_template_name = "app/cell.html"` in host code: (name, line).
    static func namedPerRowTemplates(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let attribute = perRowAttributes.first(where: { line.contains($0) }),
                let range = line.range(of: attribute)
            else { continue }
            let rest = line[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\t" }
            guard rest.first == "=" else { continue }
            let value = rest.dropFirst().drop { $0 == " " }
            guard let quote = value.first, quote == "\"" || quote == "'" else { continue }
            let body = value.dropFirst()
            guard let close = body.firstIndex(of: quote) else { continue }
            result.append((String(body[..<close]), number + 1))
        }
        return result
    }
}

/// Where a template is rendered once per item.
public struct TemplateRenderSite: Sendable, Equatable {
    /// The template or source file that renders it.
    public var path: String
    public var line: Int
    /// True when only the template's name says so (`_row.html`, `usage_cell.html`,
    /// `list-item.blade.php`): no repository was in view to find where it is rendered.
    public var byNameOnly = false

    public init(path: String, line: Int, byNameOnly: Bool = false) {
        self.path = path
        self.line = line
        self.byNameOnly = byNameOnly
    }
}

/// Template paths by the names each framework looks them up by.
struct TemplateIndex {
    private var byName: [String: [String]] = [:]

    init(paths: [(path: String, dialect: TemplateDialect)]) {
        for (path, dialect) in paths {
            for key in Self.keys(of: path, dialect: dialect) { byName[key, default: []].append(path) }
        }
    }

    /// The names `path` is found by: `app/cell.html` below `templates/`, `entities.list-item`
    /// below `views/`, `posts/_item` below `app/views/`, `_Row` for Razor.
    static func keys(of path: String, dialect: TemplateDialect) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        switch dialect {
        case .django:
            return parts.indices.filter { parts[$0] == "templates" || parts[$0] == "jinja2" }.map {
                "django:" + parts[($0 + 1)...].joined(separator: "/")
            }
        case .blade:
            guard let views = parts.lastIndex(of: "views") else { return [] }
            var name = parts[(views + 1)...].joined(separator: ".")
            name.removeLast(".blade.php".count)
            return ["blade:" + name]
        case .erb, .haml, .slim:
            guard let views = parts.lastIndex(of: "views"), let last = parts.last,
                let dot = last.firstIndex(of: ".")
            else { return [] }
            let folder = parts[(views + 1)..<(parts.count - 1)].joined(separator: "/")
            return ["erb:" + folder + "/" + last[..<dot]]
        case .razor:
            guard let last = parts.last, let dot = last.firstIndex(of: ".") else { return [] }
            return ["razor:" + last[..<dot]]
        }
    }

    /// The template files `name`, included from `from`, may be.
    func resolve(_ name: String, from: String, dialect: TemplateDialect) -> [String] {
        switch dialect {
        case .django:
            return byName["django:" + name] ?? []
        case .blade:
            guard !name.contains("::") else { return [] }
            return byName["blade:" + name] ?? []
        case .erb, .haml, .slim:
            let parts = from.split(separator: "/").map(String.init)
            let folder =
                parts.lastIndex(of: "views").map {
                    parts[($0 + 1)..<(parts.count - 1)].joined(separator: "/")
                } ?? ""
            var pieces = name.split(separator: "/").map(String.init)
            guard let base = pieces.popLast() else { return [] }
            let partial = base.hasPrefix("_") ? base : "_" + base
            let directory = pieces.isEmpty ? folder : pieces.joined(separator: "/")
            return byName["erb:" + directory + "/" + partial] ?? []
        case .razor:
            let base = name.split(separator: "/").last.map(String.init) ?? name
            let stem = base.split(separator: ".").first.map(String.init) ?? base
            return byName["razor:" + stem] ?? []
        }
    }
}
