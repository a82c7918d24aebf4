// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live in their own package so that a plain build of PlanSheet stays light.
// Run: swift run -c release --package-path Benchmarks plan-bench (or diff-bench, xlsx-bench)
let package = Package(
    name: "PlanSheetBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PlanSheet", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "plan-bench",
            dependencies: [.product(name: "PlanModel", package: "PlanSheet")],
            path: "Sources/plan-bench"
        ),
        .executableTarget(
            name: "diff-bench",
            dependencies: [.product(name: "PlanDiff", package: "PlanSheet"), .product(name: "PlanModel", package: "PlanSheet")],
            path: "Sources/diff-bench"
        ),
        .executableTarget(
            name: "xlsx-bench",
            dependencies: [.product(name: "XLSX", package: "PlanSheet")],
            path: "Sources/xlsx-bench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
