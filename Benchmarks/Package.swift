// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in their own package so that a plain build of PlanSheet stays light.
// Run: swift run -c release --package-path Benchmarks plan-bench
let package = Package(
    name: "PlanSheetBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PlanSheet", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "plan-bench",
            dependencies: [.product(name: "PlanModel", package: "PlanSheet")],
            path: "Sources/plan-bench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
