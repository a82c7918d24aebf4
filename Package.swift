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
        // Layout profiles are YAML a clerk edits by hand (comments, Japanese unquoted): Docs/IMPORT.md says why.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // The text rules every module shares (numbers without `.0`, CSV quoting, East Asian display width):
        // below both XLSX and PlanModel, which know nothing of each other.
        .target(name: "SharedText"),
        .target(
            name: "XLSX",
            dependencies: ["CZlib", "CLibXML2", "SharedText"]
        ),
        .target(name: "PlanModel", dependencies: ["SharedText"]),
        .target(name: "PlanDiff", dependencies: ["PlanModel", "SharedText"]),
        .target(name: "PlanIO", dependencies: ["XLSX", "PlanModel", "PlanDiff", "SharedText"]),
        // Reading layout profiles is apart from PlanIO so that PlanIO keeps no dependency (Scripts/fuzz.sh compiles its sources alone).
        .target(name: "LayoutProfileYAML", dependencies: ["PlanIO", "PlanModel", "XLSX", .product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "plansheet",
            dependencies: [
                "XLSX", "PlanModel", "PlanIO", "PlanDiff", "LayoutProfileYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Where the tests find the repository's fixtures and the optional shared corpus.
        .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "SharedTextTests", dependencies: ["SharedText"]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "TestSupport"]),
        .testTarget(name: "PlanDiffTests", dependencies: ["PlanDiff", "PlanModel", "SharedText", "TestSupport"]),
        // Fixtures/ holds files the tests read by path, not resources.
        .testTarget(
            name: "PlanIOTests", dependencies: ["PlanIO", "XLSX", "PlanModel", "PlanDiff", "TestSupport", "LayoutProfileYAML"],
            exclude: ["Fixtures"]),
        .testTarget(name: "plansheetTests", dependencies: ["XLSX", "plansheet", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
