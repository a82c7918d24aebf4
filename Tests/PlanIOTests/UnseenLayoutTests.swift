import Foundation
import Testing
@testable import PlanIO

/// A workbook in a layout the importer was not written against (Fixtures/build_unseen_layouts.py),
/// written by openpyxl and re-saved by LibreOffice, imports every fact and nothing hidden, heading or legend.
@Suite struct UnseenLayoutTests {
    static let folder: Result<URL, any Error> = Result {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plansheet-unseen-\(UUID().uuidString)")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-unseen-\(getpid())")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/build_unseen_layouts.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, out.path, "--libreoffice", profile.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExternalSubmissions.BuildFailed(description: "build_unseen_layouts.py failed") }
        return out
    }

    @Test(arguments: ["openpyxl", "libreoffice"])
    func importsEveryVisibleFactOfTheVariedLayout(_ writer: String) throws {
        let url = try Self.folder.get().appendingPathComponent("\(writer)/varied.xlsx")
        let result = try PlanImporter().importFiles([url])
        let initiatives = result.plan.initiatives
        #expect(initiatives.map(\.title) == ["ＮＰＯとの連携", "電子申請の推進"])
        #expect(initiatives.map(\.status) == [.onTrack, .delayed])
        #expect(initiatives.map(\.section) == ["多様な主体との連携・県民参画の推進", "多様な主体との連携・県民参画の推進"])
        #expect(initiatives.map(\.department) == ["企画財政部", "企画財政部"])
        #expect(initiatives.map(\.nextSteps) == ["継続して支援する", "周知を強化する"])
        let grants = initiatives.first?.indicators.first
        #expect(grants?.name == "助成数")
        #expect(grants?.unit == "件")
        #expect(grants?.targets.map(\.fiscalYear) == [2023, 2024])
        #expect(grants?.targets.map(\.value) == [10, 12])
        #expect(grants?.actuals.map(\.value) == [11])
        let rate = initiatives.last?.indicators.first
        #expect(rate?.unit == "%")
        #expect(rate?.targets.map(\.value) == [50, 70])
        #expect(rate?.actuals.map(\.value) == [40.5])
        #expect(result.skippedRows.map(\.reason) == [.hiddenColumn, .hiddenRow, .legend, .heading, .note])
        #expect(result.issues.isEmpty)
    }

    @Test func inspectExplainsEveryColumnDecision() throws {
        let url = try Self.folder.get().appendingPathComponent("libreoffice/varied.xlsx")
        let inspection = try #require(try PlanImporter().importFiles([url]).inspections.first)
        #expect(inspection.layout == "table")
        #expect(inspection.headerRows == [2, 3])
        #expect(inspection.columns.map(\.column) == ["A", "B", "C", "E", "F", "G", "H", "I"])
        #expect(
            inspection.columns.map(\.role) == [
                "title", "indicator", "target 2023", "target 2024", "actual 2023",
                "actual 2024", "status", "nextSteps",
            ])
        #expect(inspection.columns.last?.reason == "head word 「対応」 in 「課題対応」")
    }
}
