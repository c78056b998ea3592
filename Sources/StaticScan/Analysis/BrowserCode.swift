/// Script files that run in the browser: they import a UI state or rendering library (`mobx`,
/// `react-dom`, `vue`, `pinia`, `@angular/core`, `svelte`). Their stores and models live in the
/// page (`documents.get(id)`, `store.users.add(user)`, `groupUser.user`): no database is reachable
/// from there, so database calls and association reads are not theirs to report (HTTP still is).
enum BrowserCode {
    /// Packages only browser code imports.
    static let packages: Set<String> = [
        "mobx", "mobx-react", "mobx-react-lite", "react-dom", "react-dom/client", "vue", "pinia", "vuex",
        "@angular/core", "svelte", "svelte/store", "react-router-dom", "@tanstack/react-query",
    ]

    /// Whether the file imports one of ``packages`` (`import { observer } from "mobx-react"`,
    /// `require("vue")`).
    static func imports(_ tokens: [Token], language: Language) -> Bool {
        guard language == .javascript || language == .typescript else { return false }
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
