import Foundation
import TestSupport
import Testing

/// PRODUCT.md, "Distribution": "JSON Schemas for the scenario YAML and the reports (for editor
/// completion through yaml-language-server), and shell completions documented". Issue 12: "JSON
/// Schemas for the scenario YAML and `hundredfold.yml` (and the reports), shipped in the
/// repository, referenced from the README for yaml-language-server, tested against every bundled
/// scenario."
@Suite(.serialized)
struct SchemaAcceptanceTests {
    /// Every JSON Schema shipped in the repository (outside build output and tests).
    static func shippedSchemas() -> [URL] {
        let base = repositoryRoot.path
        var found: [URL] = []
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            let top = path.split(separator: "/").first.map(String.init) ?? ""
            if top.hasPrefix(".") || top == "Tests" || top == "Benchmarks" {
                enumerator?.skipDescendants()
                continue
            }
            guard path.hasSuffix(".json") else { continue }
            let text = read(URL(fileURLWithPath: base + "/" + path))
            if text.contains("\"$schema\""), text.contains("json-schema.org") {
                found.append(URL(fileURLWithPath: base + "/" + path))
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The shipped schema whose file name contains `word`.
    static func schema(named word: String) throws -> URL {
        let all = shippedSchemas()
        return try #require(
            all.first { $0.lastPathComponent.lowercased().contains(word) },
            "a JSON Schema for the \(word) shipped in the repository: \(all.map(\.lastPathComponent))")
    }

    /// Validates each YAML (every document of each file) or JSON file against `schema` with
    /// Python's jsonschema, using the draft the schema declares; returns the problems.
    static func validate(_ files: [URL], against schema: URL) throws -> String {
        let script = """
            import json, sys, yaml, jsonschema
            # YAML 1.2, as yaml-language-server reads it: dates stay strings.
            class Loader(yaml.SafeLoader):
                pass
            Loader.yaml_implicit_resolvers = {
                key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
                for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
            }
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.validators.validator_for(schema)(schema)
            problems = []
            for path in sys.argv[2:]:
                text = open(path).read()
                documents = [json.loads(text)] if path.endswith(".json") else list(yaml.load_all(text, Loader=Loader))
                for number, document in enumerate(documents):
                    if document is None:
                        continue
                    for error in sorted(validator.iter_errors(document), key=str)[:3]:
                        problems.append(f"{path} #{number + 1} {list(error.absolute_path)}: {error.message}")
            print("\\n".join(problems))
            sys.exit(1 if problems else 0)
            """
        let check = try runTool(["python3", "-c", script, schema.path] + files.map(\.path))
        return check.exitCode == 0 ? "" : check.stdout + check.stderr
    }

    /// Every scenario file bundled in `Scenarios/`.
    static func bundledScenarios() -> [URL] {
        let base = repositoryRoot.appendingPathComponent("Scenarios").path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [URL] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
                files.append(URL(fileURLWithPath: base + "/" + path))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Spec: "tested against every bundled scenario"; and, as the tool itself does ("Unknown keys
    /// are errors"), the schema rejects a misspelled key.
    @Test func theScenarioSchemaAcceptsEveryBundledScenarioAndRejectsUnknownKeys() throws {
        let schema = try Self.schema(named: "scenario")
        let scenarios = Self.bundledScenarios()
        #expect(!scenarios.isEmpty)
        let problems = try Self.validate(scenarios, against: schema)
        #expect(problems.isEmpty, "bundled scenarios against \(schema.lastPathComponent):\n\(problems)")
        let dir = try TemporaryDirectory(prefix: "hundredfold-schema")
        defer { dir.remove() }
        let misspelled = try dir.write(
            Shop.steadyLookup().replacingOccurrences(of: "requests: 20", with: "request: 20"), to: "bad.yml")
        #expect(
            !(try Self.validate([misspelled], against: schema)).isEmpty, "`request:` is not a scenario key")
    }

    /// Spec: "JSON Schemas for … the reports": a report of `hundredfold run` validates.
    @Test func theReportSchemaAcceptsARunReport() throws {
        let schema = try Self.schema(named: "report")
        let dir = try TemporaryDirectory(prefix: "hundredfold-schema")
        defer { dir.remove() }
        try dir.write(Shop.orderHistory(nPlusOne: true), to: "orders.yml")
        let run = try hf(["run", "orders.yml", "--out", "report.json"], in: dir.url)
        #expect([0, 1].contains(run.exitCode), "\(run.summary)")
        let problems = try Self.validate([dir.url.appendingPathComponent("report.json")], against: schema)
        #expect(problems.isEmpty, "report.json against \(schema.lastPathComponent):\n\(problems)")
    }

    /// Spec: "for editor completion through yaml-language-server" (issue 12: "referenced from the
    /// README"), and "shell completions documented".
    @Test func theReadmeReferencesTheSchemasAndDocumentsCompletions() throws {
        let readme = read(repositoryRoot.appendingPathComponent("README.md"))
        #expect(readme.contains("yaml-language-server"), "README names yaml-language-server")
        #expect(readme.contains("$schema="), "with a `# yaml-language-server: $schema=…` line")
        #expect(readme.lowercased().contains("completion"), "README documents shell completions")
        let bash = try HundredfoldBinary.run(["--generate-completion-script", "bash"])
        #expect(
            bash.exitCode == 0 && bash.stdout.contains("hundredfold"),
            "a bash completion script: \(bash.summary)")
    }
}
