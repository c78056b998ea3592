/// Script files that run in the browser: they import a UI state or rendering library (`mobx`,
/// `react-dom`, `vue`, `pinia`, `@angular/core`, `svelte`), work on the page's document
/// (`document.querySelector(…)`, `window.addEventListener(…)`), or lie in a framework's folder of
/// browser scripts (Laravel's `resources/js/`). Their stores and models live in the
/// page (`documents.get(id)`, `store.users.add(user)`, `groupUser.user`): no database is reachable
/// from there, so database calls and association reads are not theirs to report (HTTP still is).
enum BrowserCode {
    /// Packages only browser code imports.
    static let packages: Set<String> = [
        "mobx", "mobx-react", "mobx-react-lite", "react-dom", "react-dom/client", "vue", "pinia", "vuex",
        "@angular/core", "svelte", "svelte/store", "react-router-dom", "@tanstack/react-query",
    ]

    /// Folders that hold the browser's scripts by their framework's convention: Laravel's
    /// `resources/js/`, Rails' `app/javascript/` and `app/assets/javascripts/`, Django's `static/`.
    static let folders: [String] = [
        "resources/js/", "app/javascript/", "app/assets/javascripts/", "static/", "public/js/",
    ]

    /// Members of the page's globals that only a browser has: `document.querySelector`, `window.location`.
    static let pageMembers: [String: Set<String>] = [
        "document": [
            "querySelector", "querySelectorAll", "getElementById", "getElementsByClassName", "createElement",
            "addEventListener", "documentElement", "activeElement",
        ],
        "window": ["addEventListener", "location", "requestAnimationFrame", "getSelection", "scrollTo"],
    ]
    /// Page accesses that make a file browser code: one may be a guarded check in server code.
    static let pageAccessesNeeded = 2

    /// Whether the file at `path` lies in a browser ``folders`` entry, imports one of ``packages``
    /// (`import { observer } from "mobx-react"`, `require("vue")`), or reads the page's document at
    /// least ``pageAccessesNeeded`` times.
    static func isBrowserCode(_ tokens: [Token], language: Language, path: String) -> Bool {
        guard language == .javascript || language == .typescript else { return false }
        if folders.contains(where: { path.hasPrefix($0) || path.contains("/" + $0) }) { return true }
        var pageAccesses = 0
        for index in tokens.indices.dropLast(2) where tokens[index].kind == .identifier {
            // `dom.window.document` is a server-side DOM (jsdom), not the page.
            guard let members = pageMembers[tokens[index].text], tokens[index + 1].is("."),
                members.contains(tokens[index + 2].text), index == 0 || !tokens[index - 1].is(".")
            else { continue }
            pageAccesses += 1
            if pageAccesses >= pageAccessesNeeded { return true }
        }
        for index in tokens.indices.dropFirst() where tokens[index].kind == .string {
            guard packages.contains(tokens[index].text) else { continue }
            let before = tokens[index - 1]
            if before.is("from") || before.is("import")
                || (before.is("(") && index >= 2 && tokens[index - 2].is("require"))
            {
                return true
            }
        }
        return false
    }
}
