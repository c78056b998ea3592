// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in their own package so `swift test` of the main package never times anything.
// They run in release mode: `swift run -c release --package-path Benchmarks <target>`.
let package = Package(
    name: "HundredfoldBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "hundredfold", path: "../")
    ],
    targets: [
        .executableTarget(name: "ScanBenchmark"),
        .systemLibrary(name: "CSQLiteBench", path: "Sources/CSQLiteBench", pkgConfig: "sqlite3"),
        .target(name: "CInsertLoop", dependencies: ["CSQLiteBench"]),
        .executableTarget(
            name: "TraceOverhead",
            dependencies: [.product(name: "HundredfoldTrace", package: "hundredfold")]
        ),
        .executableTarget(
            name: "DataLoadBenchmark",
            dependencies: [
                "CSQLiteBench",
                .product(name: "ScenarioKit", package: "hundredfold"),
                .product(name: "PostgresEngine", package: "hundredfold"),
            ]
        ),
        .executableTarget(
            name: "DataGenerationBenchmark",
            dependencies: [
                "CInsertLoop",
                .product(name: "ScenarioKit", package: "hundredfold"),
            ]
        ),
    ]
)
