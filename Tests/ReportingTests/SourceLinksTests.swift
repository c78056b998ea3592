import Reporting
import Testing

/// Which git remotes give the summary a repository to link to, and how file addresses look.
@Suite struct SourceLinksTests {
    @Test(arguments: [
        "git@github.com:acme/shop.git", "https://github.com/acme/shop", "https://github.com/acme/shop.git/",
        "ssh://git@github.com/acme/shop.git", "https://x-access-token:ghs_abc@github.com/acme/shop.git",
        "  https://GitHub.com/acme/shop\n",
    ])
    func gitHubRemotesNameTheRepository(remote: String) {
        #expect(SourceLinks.repository(fromRemote: remote) == "https://github.com/acme/shop")
    }

    /// Look-alikes: other hosts (whose file addresses take another shape), local paths, a path
    /// that is not owner/name, and a host that only contains github.com.
    @Test(arguments: [
        "https://gitlab.com/acme/shop.git", "/srv/git/shop.git", "../shop", "file:///srv/git/shop.git",
        "https://github.com/acme", "https://github.com/acme/shop/tree/main",
        "https://github.com.evil.example/acme/shop",
        "git@bitbucket.org:acme/shop.git",
    ])
    func otherRemotesGiveNoLinks(remote: String) {
        #expect(SourceLinks.repository(fromRemote: remote) == nil)
    }

    @Test func fileAddressesEncodeEveryPathComponent() {
        let links = SourceLinks(repository: "https://github.com/acme/shop", commit: "abc")
        #expect(
            links.file("app/views.py", line: 12) == "https://github.com/acme/shop/blob/abc/app/views.py#L12")
        #expect(
            links.file("a b/c)d#e.py", line: 1)
                == "https://github.com/acme/shop/blob/abc/a%20b/c%29d%23e.py#L1")
    }
}
