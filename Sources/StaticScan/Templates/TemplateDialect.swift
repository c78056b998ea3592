/// A template language the scanner reads by projecting it onto its host language (see
/// ``TemplateProjection``).
public enum TemplateDialect: String, Sendable, CaseIterable {
    /// ERB (`.erb`, `.html.erb`): Ruby between `<% %>`.
    case erb
    /// Django and Jinja2 templates: Python-like expressions between `{{ }}` and `{% %}`.
    case django
    /// Haml (`.haml`): Ruby after `-` and `=`, blocks by indentation.
    case haml
    /// Slim (`.slim`): like Haml, tags without `%`.
    case slim
    /// Laravel Blade (`.blade.php`): PHP in `{{ }}`, `@directive(…)` and `@php … @endphp`.
    case blade
    /// Razor (`.cshtml`, `.razor`): C# after `@`.
    case razor

    /// The language the template's code is written in.
    public var host: Language {
        switch self {
        case .erb, .haml, .slim: .ruby
        case .django: .python
        case .blade: .php
        case .razor: .csharp
        }
    }

    /// The dialect of `path`, or nil when it is no template. `.html`, `.txt` and `.xml` files are
    /// Django/Jinja2 templates only below a `templates/` or `jinja2/` folder with `{{`/`{%`
    /// markup, or anywhere with a block tag Django knows (`{% for `, `{% block `, …): plain HTML
    /// pages, Angular and Handlebars files are left alone.
    public static func detect(path: String, text: String) -> TemplateDialect? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if name.hasSuffix(".blade.php") { return .blade }
        if name.hasSuffix(".erb") { return .erb }
        if name.hasSuffix(".haml") { return .haml }
        if name.hasSuffix(".slim") { return .slim }
        if name.hasSuffix(".cshtml") || name.hasSuffix(".razor") { return .razor }
        for ext in [".jinja", ".jinja2", ".j2", ".djhtml"] where name.hasSuffix(ext) { return .django }
        guard [".html", ".htm", ".txt", ".xml"].contains(where: { name.hasSuffix($0) }) else { return nil }
        let folders = path.split(separator: "/").dropLast()
        if folders.contains(where: { $0 == "templates" || $0 == "jinja2" }),
            text.contains("{%") || text.contains("{{")
        {
            return .django
        }
        return djangoBlockTags.contains(where: { text.contains($0) }) ? .django : nil
    }

    private static let djangoBlockTags = [
        "{% for ", "{%- for ", "{% block ", "{% extends ", "{% load ", "{% include ", "{% if ",
    ]
}
