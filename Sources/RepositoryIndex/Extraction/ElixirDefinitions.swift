import StaticScan

/// The functions and modules of an Elixir file: each `def`/`defp` clause a function owned by the
/// innermost `defmodule` around it, named by the module's last segment (`Changelog.NewsItem` →
/// `NewsItem`), so `NewsItem.load_object(item)` and `&NewsItem.load_object/1` in another file
/// resolve to it by owner, and a bare `load_object(item)` in the module to its own clauses.
struct ElixirDefinitions {
    let file: AnalyzedFile

    func find() -> Definitions {
        let found = LocalFunctions.definitions(in: file)
        var result = Definitions()
        result.types = found.modules.map { module in
            TypeSpan(
                name: module.name.split(separator: ".").last.map(String.init) ?? module.name,
                nameToken: module.nameToken, kind: .module, body: module.body, supertypes: [], annotations: []
            )
        }
        result.functions = found.functions.map { function in
            FunctionSpan(
                name: function.name, nameToken: function.nameToken, parameters: nil, body: function.body,
                hasBody: true, receiverType: nil, annotations: [])
        }
        return result
    }
}
