// swift-tools-version: 6.0
import PackageDescription

// libFuzzer harnesses, one executable per input reader. They live in their own package so the
// main build and `swift test` never compile them; build and run them with `Tests/Fuzz/run.sh`
// (`swift build -Xswiftc -sanitize=fuzzer,address`); each harness's `main` hands its input function
// to libFuzzer's driver (FuzzDriver).
let package = Package(
    name: "HundredfoldFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "hundredfold", path: "../..")
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzDiff",
            dependencies: ["FuzzDriver", .product(name: "DiffParsing", package: "hundredfold")]),
        .executableTarget(
            name: "FuzzScan",
            dependencies: ["FuzzDriver", .product(name: "StaticScan", package: "hundredfold")]),
        .executableTarget(
            name: "FuzzScenario",
            dependencies: ["FuzzDriver", .product(name: "ScenarioKit", package: "hundredfold")]),
        .executableTarget(
            name: "FuzzReport",
            dependencies: ["FuzzDriver", .product(name: "Reporting", package: "hundredfold")]),
        .executableTarget(
            name: "FuzzTrace",
            dependencies: ["FuzzDriver", .product(name: "TraceIngest", package: "hundredfold")]),
    ]
)
