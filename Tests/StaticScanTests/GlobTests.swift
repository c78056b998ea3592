import StaticScan
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("vendor/**", "vendor/a/b.py", true), ("vendor/**", "src/vendor.py", false),
        ("**/migrations/*.py", "migrations/1.py", true), ("**/migrations/*.py", "a/b/migrations/1.py", true),
        ("**/migrations/*.py", "a/migrations/x/1.py", false), ("*.min.js", "web/x.min.js", true),
        ("src/*.py", "src/a/b.py", false), ("build/", "build/out/x.js", true), ("docs", "docs/a.md", true),
        ("a?.py", "ab.py", true), ("a?.py", "a/.py", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    /// A pattern that matches a folder ignores everything inside it, at any depth.
    @Test(arguments: [
        ("docs", "src/docs/guide/a.md", true), ("src/generated", "src/generated/x/y.py", true),
        ("src/gen*", "src/generated/y.py", true), ("*.d", "conf.d/app.py", true),
        ("src/generated", "src/generated_old.py", false), ("build/", "build", false),
        ("build/", "lib/build/x.js", true), ("/docs", "src/docs/a.md", false), ("/docs", "docs/a.md", true),
    ])
    func aMatchedFolderCoversItsContents(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    /// `**/` stands for whole folders only, and a `*` after it does not cross folders.
    @Test(arguments: [
        ("**/migrations/*.py", "xmigrations/1.py", false), ("a/**/b", "a/xb", false), ("a/**/b", "a/b", true),
        ("a/**/b", "a/x/y/b", true), ("**/a*/b", "a/x/ax/b", true), ("**.py", "a/b/c.py", true),
        ("./vendor/**", "vendor/x.py", true),
    ])
    func globstarsMatchWholeFolders(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }
}
