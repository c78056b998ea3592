// swift-tools-version: 6.0
import PackageDescription

// Benchmarks run in release mode: `swift run -c release --package-path Benchmarks`.
let package = Package(
    name: "HundredfoldBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "hundredfold", path: "../")
    ],
    targets: [
        .systemLibrary(name: "CSQLiteBench", path: "Sources/CSQLiteBench", pkgConfig: "sqlite3"),
        .target(name: "CInsertLoop", dependencies: ["CSQLiteBench"]),
        .executableTarget(
            name: "TraceOverhead",
            dependencies: [.product(name: "HundredfoldTrace", package: "hundredfold")]
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
