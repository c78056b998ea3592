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

@Suite struct GlobClassAndSyntaxTests {
    @Test(arguments: [
        ("*.py[co]", "a/x.pyc", true), ("*.py[co]", "a/x.pyd", false), ("log[0-9].txt", "log7.txt", true),
        ("log[0-9].txt", "logx.txt", false), ("[!a]*.md", "b.md", true), ("[!a]*.md", "a.md", false),
        ("[^a]*.md", "c.md", true), ("a[!x]b", "a/b", false), ("pages/\\[id\\].tsx", "pages/[id].tsx", true),
        ("pages/\\[id\\].tsx", "pages/i.tsx", false), ("[]]x", "]x", true), ("[a-]x", "-x", true),
    ])
    func classesAndEscapes(pattern: String, path: String, expected: Bool) {
        #expect(Glob.syntaxError(in: pattern) == nil)
        #expect(Glob(pattern).matches(path) == expected)
    }

    /// A pattern with a syntax error is reported with its column, and never matches anything.
    @Test(arguments: [
        ("src/[abc", 5, "never closed"), ("**/[", 4, "never closed"), ("x[z-a]", 2, "is empty"),
        ("", 1, "empty"), ("../vendor/**", 1, "'..'"), ("a/../b", 3, "'..'"), ("end\\", 4, "escapes nothing"),
        ("é[", 2, "never closed"), ("[a/b]", 1, "other than '/'"),
    ])
    func syntaxErrorsAreLocatedAndMatchNothing(pattern: String, column: Int, problem: String) throws {
        let error = try #require(Glob.syntaxError(in: pattern))
        #expect(error.column == column)
        #expect(error.message.contains(problem))
        #expect(!Glob(pattern).matches("src/abc/x.py"))
        #expect(!Glob(pattern).matches(pattern))
    }
}
