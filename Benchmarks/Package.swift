// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in their own package so `swift test` of the main package never times anything.
// Run with `swift run -c release --package-path Benchmarks <target>`; see README "Benchmarks".
let package = Package(
    name: "hundredfold-benchmarks",
    platforms: [.macOS(.v14)],
    targets: [
        .executableTarget(name: "ScanBenchmark")
    ]
)
