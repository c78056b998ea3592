// swift-tools-version: 6.0
import PackageDescription

// Modules follow the pipeline (see README "Architecture"): dependencies point one way, toward
// HundredfoldCore, a small set of plain value types that depends on nothing.
let package = Package(
    name: "hundredfold",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hundredfold", targets: ["hundredfold"]),
        .library(name: "HundredfoldTrace", type: .dynamic, targets: ["HundredfoldTrace"]),
        .library(name: "ScenarioKit", targets: ["ScenarioKit"]),
        // The PostgreSQL client and throwaway server, for the data-loading benchmark.
        .library(name: "PostgresEngine", targets: ["PostgresEngine"]),
        // The input readers, for the fuzz harnesses in Tests/Fuzz.
        .library(name: "DiffParsing", targets: ["DiffParsing"]),
        .library(name: "StaticScan", targets: ["StaticScan"]),
        .library(name: "Reporting", targets: ["Reporting"]),
        .library(name: "TraceIngest", targets: ["TraceIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Markdown to HTML for the messages in the HTML report.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // MARK: Core
        .target(name: "HundredfoldCore"),
        .target(name: "YAMLSupport", dependencies: ["HundredfoldCore", .product(name: "Yams", package: "Yams")]),

        // MARK: SQLite harness, synthetic data, scenarios
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "SQLiteHarness", dependencies: ["CSQLite", "HundredfoldCore"]),
        .target(name: "SyntheticData", dependencies: ["HundredfoldCore"]),
        .target(
            name: "ScenarioKit",
            dependencies: [
                "HundredfoldCore", "Reporting", "SQLiteHarness", "SyntheticData", "TraceIngest", "YAMLSupport",
                "CostModel", "PostgresEngine",
            ]),

        // MARK: PostgreSQL engine (`run --engine postgres`): libpq, a throwaway server, scratch
        // databases, schema and parameter translation, EXPLAIN plans. Knows nothing of SQLite.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "PostgresEngine", dependencies: ["CLibPQ", "HundredfoldCore"]),

        // MARK: Real programs
        // The LD_PRELOAD tracer: C, resolves SQLite at run time (never links libsqlite3). It runs
        // inside every traced process, so it links libc alone: swiftc links a dynamic library with
        // the Swift runtime (swiftrt.o and libswiftCore, ~44 ms of start-up per process) unless the
        // link is for Embedded Swift, which on a C-only product only leaves those two out.
        .target(
            name: "HundredfoldTrace",
            linkerSettings: [
                .linkedLibrary("dl"),
                .unsafeFlags(["-enable-experimental-feature", "Embedded"], .when(platforms: [.linux])),
            ]),
        .target(name: "TraceIngest", dependencies: ["HundredfoldCore"]),

        // MARK: Cost, reports, budgets, configuration
        .target(
            name: "CostModel", dependencies: ["HundredfoldCore", "Reporting", "YAMLSupport"],
            resources: [.copy("Profiles")]),
        .target(name: "Reporting", dependencies: ["HundredfoldCore", .product(name: "Ink", package: "Ink")]),
        // Schemas/: the JSON Schemas of the scenario YAML, hundredfold.yml and the reports (for editors).
        .target(
            name: "Configuration", dependencies: ["HundredfoldCore", "StaticScan", "YAMLSupport"],
            exclude: ["Schemas"]),

        // MARK: Static scan
        .target(name: "DiffParsing", dependencies: ["HundredfoldCore"]),
        .target(name: "StaticScan", dependencies: ["HundredfoldCore"]),
        // The repository index: what every tracked file declares and does, for rules that look
        // past one file. It answers StaticScan's `RepositoryKnowledge` questions.
        .target(name: "RepositoryIndex", dependencies: ["HundredfoldCore", "StaticScan"]),
        .target(
            name: "ScanOutput", dependencies: ["HundredfoldCore", "StaticScan", "RepositoryIndex", "DiffParsing"]),

        // MARK: Pre-merge job and command line
        .target(
            name: "PreMerge",
            dependencies: [
                "HundredfoldCore", "Reporting", "Configuration", "DiffParsing", "StaticScan", "ScanOutput",
            ]),
        .executableTarget(
            name: "hundredfold",
            dependencies: [
                "HundredfoldCore", "Reporting", "ScenarioKit", "PostgresEngine", "StaticScan", "CostModel", "PreMerge",
                "Configuration", "DiffParsing", "ScanOutput", "RepositoryIndex", "YAMLSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // MARK: Tests — unit suites per module
        .target(name: "TestSupport", path: "Tests/TestSupport", exclude: ["Schemas"]),
        .testTarget(name: "HundredfoldCoreTests", dependencies: ["HundredfoldCore", "TestSupport"]),
        .testTarget(name: "YAMLSupportTests", dependencies: ["YAMLSupport", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SQLiteHarnessTests", dependencies: ["SQLiteHarness", "TestSupport"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "TestSupport"]),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit", "TestSupport"]),
        .testTarget(name: "PostgresEngineTests", dependencies: ["PostgresEngine", "ScenarioKit", "TestSupport"]),
        .testTarget(name: "TraceIngestTests", dependencies: ["TraceIngest", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CostModelTests", dependencies: ["CostModel", "Reporting", "ScenarioKit", "TestSupport"]),
        .testTarget(
            name: "ReportingTests", dependencies: ["Reporting", "HundredfoldCore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "TestSupport"]),
        .testTarget(name: "DiffParsingTests", dependencies: ["DiffParsing", "TestSupport"]),
        .testTarget(
            name: "StaticScanTests", dependencies: ["StaticScan", "RepositoryIndex", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "RepositoryIndexTests", dependencies: ["RepositoryIndex", "StaticScan", "TestSupport"]),
        .testTarget(
            name: "ScanOutputTests", dependencies: ["ScanOutput", "DiffParsing", "StaticScan", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "PreMergeTests", dependencies: ["PreMerge", "Reporting", "TestSupport", "hundredfold"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "hundredfold"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "ScanCommandTests", dependencies: ["TestSupport", "hundredfold"]),

        // MARK: Tests — acceptance suites written from PRODUCT.md alone; they drive the built binary
        .testTarget(name: "RunAcceptanceTests", dependencies: ["TestSupport"]),
        .testTarget(name: "ScanAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "PreMergeAcceptanceTests", dependencies: ["TestSupport"]),
        .testTarget(name: "RealProgramAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RepositoryAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Corpus"]),
        .testTarget(name: "LazyLoadAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Corpus"]),
        // The distribution (issue 12): the GitHub Action's steps and workflows, the Dockerfile, the
        // pre-commit hook and the JSON Schemas, against the built binary and local stand-ins.
        .testTarget(
            name: "DistributionTests", dependencies: ["TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]),
        // Issue 13's bad-input catalog against the built binary: exit 2 at a location, fast, no leftovers.
        .testTarget(name: "BadInputAcceptanceTests", dependencies: ["TestSupport"]),
        // Issue 12's distribution: the summary, HTML and SARIF a pull request gets, ci's inputs
        // and outputs, and the action, workflow, Dockerfile and pre-commit hook users install.
        .testTarget(
            name: "DistributionAcceptanceTests",
            dependencies: ["TestSupport", .product(name: "Yams", package: "Yams")]),
        // Issue 14's sharding: `run --shard I/N`, `merge` and the sharded CI workflow, against the
        // built binary; the merged report must equal the unsharded one, latency aside.
        .testTarget(
            name: "ShardAcceptanceTests", dependencies: ["TestSupport", .product(name: "Yams", package: "Yams")]),
        // Issue 14's PostgreSQL engine: `run --engine postgres` on a throwaway server and on the
        // test's own (`--database-url`), against the built binary, with real programs (psycopg2
        // scripts, an HTTP server, a Django app in Fixtures/); skipped without PostgreSQL.
        .testTarget(name: "PostgresAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Fixtures"]),
        // Issue 11's server mode: a Django app under gunicorn driven by `http:` steps, its query
        // counts compared with Django's own; skipped without Django and gunicorn.
        .testTarget(name: "ServerModeAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Fixtures"]),
    ]
)
