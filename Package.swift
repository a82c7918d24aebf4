// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PlanSheet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "XLSX", targets: ["XLSX"]),
        .library(name: "PlanModel", targets: ["PlanModel"]),
        .library(name: "PlanIO", targets: ["PlanIO"]),
        .library(name: "PlanDiff", targets: ["PlanDiff"]),
        .executable(name: "plansheet", targets: ["plansheet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "XLSX",
            dependencies: ["CZlib", "CLibXML2"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .target(name: "PlanModel"),
        .target(name: "PlanDiff", dependencies: ["PlanModel"]),
        .target(name: "PlanIO", dependencies: ["XLSX", "PlanModel", "PlanDiff"]),
        .executableTarget(
            name: "plansheet",
            dependencies: [
                "XLSX", "PlanModel", "PlanIO", "PlanDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanDiffTests", dependencies: ["PlanDiff", "PlanModel"]),
        .testTarget(name: "PlanIOTests", dependencies: ["PlanIO", "XLSX", "PlanModel", "PlanDiff"],
                    exclude: ["Fixtures/build_variants.py", "Fixtures/build_unseen_layouts.py"]),
        .testTarget(name: "plansheetTests", dependencies: ["XLSX", "plansheet"]),
    ],
    swiftLanguageModes: [.v6]
)
