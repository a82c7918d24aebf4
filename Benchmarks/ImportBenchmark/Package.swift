// swift-tools-version: 6.0
import PackageDescription

// Its own package, so that a plain build of PlanSheet stays light.
let package = Package(
    name: "ImportBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "PlanSheet", path: "../..")],
    targets: [
        .executableTarget(
            name: "import-benchmark",
            dependencies: [.product(name: "PlanIO", package: "PlanSheet"), .product(name: "XLSX", package: "PlanSheet")]
        )
    ],
    swiftLanguageModes: [.v6]
)
