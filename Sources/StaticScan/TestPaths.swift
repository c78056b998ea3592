/// Which files are test code: findings there are notes that never fail `--fail-on`, unless
/// `hundredfold.yml` asks for full severity (`scan.test_severity: full`).
///
/// The built-in list is data in this one place; `scan.test_paths` adds globs to it and
/// `scan.default_test_paths: false` drops it. Patterns follow ``Glob`` (a pattern without `/`
/// matches a name at any depth; a trailing `/` matches folders).
public struct TestPaths: Sendable {
    /// Test folders and test file names of the languages the scanner reads.
    public static let defaults: [String] = [
        // Folders.
        "test/", "tests/", "Tests/", "spec/", "specs/", "__tests__/", "__mocks__/", "testdata/",
        "fixtures/", "e2e/", "**/src/test/", "**/src/androidTest/", "**/src/testFixtures/",
        "*.Tests/", "*.Test/", "*.UnitTests/", "*.IntegrationTests/", "*Tests/",
        // Test-support packages: helpers, fakes and base test cases (`utilities/testing/`).
        "testing/", "testutil/", "testutils/", "test_utils/", "test-utils/", "testhelpers/",
        "test_helpers/", "test-helpers/",
        // Python.
        "test_*.py", "*_test.py", "*_tests.py", "conftest.py",
        // Ruby, Elixir.
        "*_spec.rb", "*_test.rb", "*_test.exs",
        // Go.
        "*_test.go",
        // JVM, C#, PHP, Swift.
        "*Test.java", "*Tests.java", "*IT.java", "*Test.kt", "*Tests.kt", "*Test.cs", "*Tests.cs",
        "*Test.php", "*Tests.swift",
        // JavaScript and TypeScript.
        "*.test.js", "*.spec.js", "*.test.jsx", "*.spec.jsx", "*.test.ts", "*.spec.ts",
        "*.test.tsx", "*.spec.tsx", "*.test.mjs", "*.spec.mjs", "*.cy.ts", "*.cy.js",
    ]

    /// Third-party code checked in beside the application (`vendor/`, a plugin bundle such as
    /// `public/plugins/pdfjs-5.2.133/`): nobody fixes it as source, so its findings are notes too.
    public static let vendored: [String] = [
        "vendor/", "vendors/", "node_modules/", "bower_components/", "third_party/", "third-party/",
        "public/plugins/", "*.min.js", "*.bundle.js",
    ]

    private let globs: [Glob]

    /// `extra` globs, added to ``defaults`` and ``vendored`` unless `includeDefaults` is false.
    public init(extra: [String] = [], includeDefaults: Bool = true) {
        globs = ((includeDefaults ? Self.defaults + Self.vendored : []) + extra).map(Glob.init)
    }

    /// True when `path` (repository-relative, `/`-separated) is test code.
    public func contains(_ path: String) -> Bool {
        Glob.any(globs, match: path)
    }
}
