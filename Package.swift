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
        // `swift package generate-documentation` (Scripts/docs.sh): the DocC catalogs of the four libraries.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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
            dependencies: ["CZlib", "CLibXML2"]
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
        // Where the tests find the repository's fixtures and the optional shared corpus.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "TestSupport"]),
        .testTarget(name: "PlanDiffTests", dependencies: ["PlanDiff", "PlanModel", "TestSupport"]),
        // Fixtures/ holds files the tests read by path, not resources.
        .testTarget(name: "PlanIOTests", dependencies: ["PlanIO", "XLSX", "PlanModel", "PlanDiff", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "plansheetTests", dependencies: ["XLSX", "plansheet", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
