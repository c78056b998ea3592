// swift-tools-version: 6.0
import PackageDescription

// Modules follow the pipeline (see README "Architecture"): dependencies point one way, toward
// HundredfoldCore, a small set of plain value types that depends on nothing.
let package = Package(
    name: "hundredfold",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hundredfold", targets: ["hundredfold"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: Core and the SQLite harness
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "HundredfoldCore"),
        .target(name: "Reporting", dependencies: ["HundredfoldCore"]),
        .target(name: "ScenarioKit", dependencies: ["HundredfoldCore", "Reporting"]),

        // MARK: Static scan
        .target(name: "StaticScan", dependencies: ["HundredfoldCore"]),

        // MARK: Command line
        .executableTarget(
            name: "hundredfold",
            dependencies: [
                "HundredfoldCore",
                "Reporting",
                "ScenarioKit",
                "StaticScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ScanAcceptanceTests", dependencies: ["TestSupport"], exclude: ["Corpus"]),
    ]
)
