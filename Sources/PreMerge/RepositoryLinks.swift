import Foundation
import Reporting

/// Where the summary's links point: on GitHub Actions the repository and run the environment
/// names (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_RUN_ID`); elsewhere the `origin`
/// remote as configured (not as a local `insteadOf` rewrites it) when it is on github.com; nil
/// when neither is known.
enum RepositoryLinks {
    /// `commit` is the head compared; on a `pull_request` event whose checkout is the merge commit
    /// GitHub made, links go to the pull request's own head commit instead (from the event in
    /// `GITHUB_EVENT_PATH`), when git confirms the checkout contains it.
    static func links(
        commit: String, in directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SourceLinks? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let server = value("GITHUB_SERVER_URL"), let repository = value("GITHUB_REPOSITORY"),
            server.hasPrefix("https://") || server.hasPrefix("http://")
        {
            let base = (server.hasSuffix("/") ? String(server.dropLast()) : server) + "/" + repository
            let linked =
                value("GITHUB_EVENT_PATH").flatMap {
                    pullRequestHead(event: $0, within: commit, in: directory)
                }
                ?? commit
            return SourceLinks(
                repository: base, commit: linked,
                run: value("GITHUB_RUN_ID").map { "\(base)/actions/runs/\($0)" })
        }
        guard let remote = try? ChildProcesses.git(["config", "--get", "remote.origin.url"], in: directory),
            let repository = SourceLinks.repository(fromRemote: remote)
        else { return nil }
        return SourceLinks(repository: repository, commit: commit)
    }

    /// `pull_request.head.sha` of the event payload GitHub Actions wrote, when `commit` contains
    /// it (it is the commit or one of its ancestors); nil for other events.
    static func pullRequestHead(event path: String, within commit: String, in directory: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: path),
            let event = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let pullRequest = event["pull_request"] as? [String: Any],
            let head = pullRequest["head"] as? [String: Any], let sha = head["sha"] as? String,
            sha.count == 40, sha.allSatisfy(\.isHexDigit),
            (try? ChildProcesses.git(["merge-base", "--is-ancestor", sha, commit], in: directory)) != nil
        else { return nil }
        return sha
    }
}
