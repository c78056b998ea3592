import Foundation
import TestSupport
import Testing
import Yams

/// The action's `mode: install` (the jobs of `init --shards N`): it locates, restores and builds
/// Hundredfold, whose folder the first step puts on the PATH, and runs nothing else.
@Suite struct ActionInstallModeTests {
    @Test func installModeRunsOnlyTheInstallSteps() throws {
        let action = try #require(try Yams.load(yaml: PackageRoot.read("action.yml")) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect("\(inputs["mode"]?["description"] ?? "")".contains("install:"))
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let forInstall = steps.filter { ($0["if"] as? String ?? "").contains("inputs.mode == 'install'") }
            .compactMap { $0["name"] as? String }
        #expect(
            forInstall == [
                "Locate the Hundredfold build", "Restore the Hundredfold build", "Build Hundredfold",
            ])
        // The look-alike: every other step is for ci or comment mode only, never unconditional.
        for step in steps where !forInstall.contains(step["name"] as? String ?? "") {
            let condition = step["if"] as? String ?? ""
            #expect(
                condition.contains("inputs.mode == 'ci'") || condition.contains("inputs.mode == 'comment'"),
                "\(step["name"] ?? "?"): \(condition)")
        }
        let locate = try PackageRoot.read(".github/action/cache-key.sh")
        #expect(locate.contains(#"echo "$dir" >> "$GITHUB_PATH""#))
    }
}
