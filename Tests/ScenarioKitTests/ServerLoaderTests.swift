import Foundation
import HundredfoldCore
import TestSupport
import Testing

@testable import ScenarioKit

/// `workload.server`, `http:` steps and `schema: { command: ... }` as the loader reads them, and
/// the loader's errors on them, each at its file:line:column.
@Suite struct ServerLoaderTests {
    static let head = "name: a\nschema: CREATE TABLE t(x INTEGER)\n"
    static let server = "  server:\n    command: python3 app.py {port}\n    ready: GET /healthz\n"

    func load(_ yaml: String) throws -> Result<Scenario, ScenarioError> {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write(yaml, to: "s.yml")
        do {
            return .success(
                try #require(try ScenarioLoader(workingDirectory: folder.url).load(paths: ["s.yml"]).first))
        } catch let error as ScenarioError {
            return .failure(error)
        }
    }

    func diagnostic(_ yaml: String) throws -> Diagnostic? {
        if case .failure(let error) = try load(yaml) { return error.diagnostic }
        return nil
    }

    @Test func serverAndHTTPStepsAreRead() throws {
        let yaml =
            Self.head + "workload:\n" + Self.server + """
                  params: { x: { pick: t.x } }
                  steps:
                    - http: POST /t?x={x}
                      body: '{"x": {x}}'
                      headers: { X-Mode: "m{x}" }
                """
        let scenario = try load(yaml).get()
        let server = try #require(scenario.workload.server)
        #expect(server.command == "python3 app.py {port}")
        #expect(server.ready == HTTPTarget(method: "GET", path: "/healthz"))
        #expect(server.readySeconds == 30)
        guard case .http(let step) = scenario.workload.steps.first else {
            Issue.record("not an http step")
            return
        }
        #expect(step.target == HTTPTarget(method: "POST", path: "/t?x={x}"))
        #expect(step.body == #"{"x": {x}}"#)
        #expect(step.headers == [HTTPStep.Header(name: "X-Mode", value: "m{x}")])
        // The path's, the header's and the body's (JSON braces are text), each where its brace is
        // written (inside the quotes).
        #expect(step.placeholders.map(\.name) == ["x", "x", "x"])
        #expect(step.placeholders.map(\.location.line) == [9, 11, 10])
        #expect(step.placeholders.map(\.location.column) == [23, 28, 20])
    }

    @Test func placeholdersAreNamesInBraces() {
        #expect(Placeholders.find(in: #"{"a": {b}} {c_1}{ d } {1x} {"#).map(\.name) == ["b", "c_1"])
        #expect(Placeholders.fill("/p?y={y}&z={z}") { $0 == "y" ? "1" : nil } == "/p?y=1&z={z}")
    }

    @Test func anHTTPStepWithoutAServerIsAnError() throws {
        let found = try diagnostic(Self.head + "workload:\n  steps:\n    - http: GET /\n")
        #expect(found?.location == SourceLocation(file: "s.yml", line: 5, column: 13))
        #expect(found?.message == "an http: step needs a server to send it to")
    }

    @Test func aServerWithoutHTTPStepsIsAnError() throws {
        let found = try diagnostic(
            Self.head + "workload:\n" + Self.server + "  steps:\n    - query: SELECT 1\n")
        #expect(found?.keyPath == "workload.server")
        #expect(found?.message == "workload.server is started but no step sends it a request")
    }

    @Test(arguments: [
        ("    - http: FETCH /", "is not a method and a path"), ("    - http: GET books", "is not a path"),
        ("    - http: GET /a b", "is not a path"),
        ("    - http: GET /\n      body: x", "a GET request sends no body"),
        ("    - query: SELECT 1\n      body: x", "'body' belongs to an http step"),
    ])
    func badHTTPStepsAreRefused(step: String, message: String) throws {
        let found = try diagnostic(Self.head + "workload:\n" + Self.server + "  steps:\n" + step + "\n")
        #expect(found?.message.contains(message) == true, "\(found?.description ?? "no error")")
    }

    @Test func readyTakesNoParameters() throws {
        let yaml =
            Self.head
            + "workload:\n  server:\n    command: x\n    ready: GET /h?x={x}\n  steps:\n    - http: GET /\n"
        #expect(try diagnostic(yaml)?.message.contains("the ready request takes no {parameters}") == true)
    }

    @Test func schemaCommandIsRead() throws {
        let yaml =
            "name: a\nschema: { command: python3 manage.py migrate }\nworkload: { steps: [ { query: SELECT 1 } ] }\n"
        let scenario = try load(yaml).get()
        #expect(scenario.schema.isEmpty)
        #expect(scenario.schemaCommand?.command == "python3 manage.py migrate")
        #expect(scenario.schemaCommand?.location == SourceLocation(file: "s.yml", line: 2, column: 20))
        let unknown = try diagnostic(
            "name: a\nschema: { comand: x }\nworkload: { steps: [ { query: SELECT 1 } ] }\n")
        #expect(unknown?.message == "unknown key 'comand'; did you mean 'command'?")
    }
}
