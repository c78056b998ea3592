import Foundation

/// Where a reader of a pull-request comment can open the change's files: the repository's web
/// address and the commit compared, and the page of the CI run that holds the full report.
public struct SourceLinks: Sendable, Equatable {
    /// `https://github.com/OWNER/NAME`, without a trailing slash or credentials.
    public var repository: String
    /// The commit whose files the links open (the change's head).
    public var commit: String
    /// The CI run's page, where `report.html` is one of the artifacts.
    public var run: String?

    public init(repository: String, commit: String, run: String? = nil) {
        self.repository = repository
        self.commit = commit
        self.run = run
    }

    /// The address of `path` at line `line` on the commit (`…/blob/SHA/app/feed.py#L12`); every
    /// path component percent-encoded, so no character can end a Markdown link early.
    public func file(_ path: String, line: Int) -> String {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let encoded = path.split(separator: "/", omittingEmptySubsequences: true).map {
            $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }.joined(separator: "/")
        return "\(repository)/blob/\(commit)/\(encoded)#L\(line)"
    }

    /// The web address of a repository given its git remote (`git@github.com:o/r.git`,
    /// `https://token@github.com/o/r`, `ssh://git@github.com/o/r`), without credentials; nil for a
    /// remote not on github.com (whose file addresses take another shape) or a local path.
    public static func repository(fromRemote remote: String) -> String? {
        var text = remote.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.contains("://"), let colon = text.firstIndex(of: ":"), text[..<colon].contains("@") {
            // scp-like `git@host:owner/name`.
            text = "ssh://" + text[..<colon] + "/" + text[text.index(after: colon)...]
        }
        guard let components = URLComponents(string: text), let host = components.host?.lowercased(),
            ["https", "http", "ssh", "git"].contains(components.scheme?.lowercased() ?? ""),
            host == "github.com"
        else { return nil }
        var path = components.path
        if path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix(".git") { path.removeLast(4) }
        let parts = path.split(separator: "/")
        guard parts.count == 2 else { return nil }
        return "https://github.com/\(parts[0])/\(parts[1])"
    }
}
