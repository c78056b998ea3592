import Foundation
import Reporting

/// Where the summary's links point: on GitHub Actions the repository and run the environment
/// names (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_RUN_ID`); elsewhere the `origin`
/// remote as configured (not as a local `insteadOf` rewrites it) when it is on github.com; nil
/// when neither is known.
enum RepositoryLinks {
    static func links(
        commit: String, in directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SourceLinks? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let server = value("GITHUB_SERVER_URL"), let repository = value("GITHUB_REPOSITORY"),
            server.hasPrefix("https://") || server.hasPrefix("http://")
        {
            let base = (server.hasSuffix("/") ? String(server.dropLast()) : server) + "/" + repository
            return SourceLinks(
                repository: base, commit: commit,
                run: value("GITHUB_RUN_ID").map { "\(base)/actions/runs/\($0)" })
        }
        guard let remote = try? ChildProcesses.git(["config", "--get", "remote.origin.url"], in: directory),
            let repository = SourceLinks.repository(fromRemote: remote)
        else { return nil }
        return SourceLinks(repository: repository, commit: commit)
    }
}
