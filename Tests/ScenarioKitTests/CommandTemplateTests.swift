import SQLiteHarness
import Testing

@testable import ScenarioKit

@Suite struct CommandTemplateTests {
    @Test func placeholdersAreShellQuoted() {
        let params: [String: SQLValue] = [
            "user_id": .integer(17), "name": .text("O'Brien; rm -rf /"), "none": .null,
        ]
        #expect(
            CommandTemplate.substitute("app.py {user_id} --name {name} {none}", params: params)
                == "app.py '17' --name 'O'\\''Brien; rm -rf /' ''")
    }

    @Test func otherBracesAreLeftAlone() {
        let params: [String: SQLValue] = ["id": .integer(1)]
        #expect(
            CommandTemplate.substitute("echo ${HOME} {unknown} {id}} awk '{print $1}' {", params: params)
                == "echo ${HOME} {unknown} '1'} awk '{print $1}' {")
    }

    @Test func programIsTheFirstPlainWord() {
        #expect(CommandTemplate.program(of: "FOO=1 ./app --x", path: "/usr/bin") == "./app")
        #expect(CommandTemplate.program(of: "sh -c 'x'", path: "/usr/bin:/bin")?.hasSuffix("/sh") == true)
        #expect(CommandTemplate.program(of: "(cd x && y)", path: "/usr/bin") == nil)
    }
}
