import Foundation
import Testing
@testable import PlanIO

/// Inputs the plan-level fuzzers (importer, merged, report in Scripts/fuzz.sh) found
/// crashing are kept in Tests/Fixtures/fuzz-regressions and replayed here through the
/// same entry points (``PlanIOFuzzEntryPoints``). The repository's own samples go
/// through them too, so the entry points are checked even before any finding exists.
@Suite struct PlanFuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func files(in folder: String, where keep: (URL) -> Bool) throws -> [URL] {
        let root = Self.repository.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter(keep).sorted { $0.path < $1.path }
    }

    @Test func replaysSavedPlanLevelFindingsWithoutTrapping() throws {
        let replays: [String: (Data) -> Void] = [
            "importer": PlanIOFuzzEntryPoints.importer, "merged": PlanIOFuzzEntryPoints.mergedCells,
            "report": PlanIOFuzzEntryPoints.report,
        ]
        for input in try files(in: "Tests/Fixtures/fuzz-regressions", where: { _ in true }) {
            let target = String(input.lastPathComponent.prefix { $0 != "-" })
            replays[target]?(try Data(contentsOf: input))
        }
    }

    @Test func theSampleSubmissionsAndPlansGoThroughTheImporterAndReportEntryPoints() throws {
        let workbooks = try files(in: "Samples/submissions") { $0.pathExtension == "xlsx" }
        let plans = try files(in: "Samples/plans") { $0.pathExtension == "json" }
        #expect(workbooks.count >= 2 && plans.count >= 2)
        for workbook in workbooks { PlanIOFuzzEntryPoints.importer(try Data(contentsOf: workbook)) }
        for plan in plans { PlanIOFuzzEntryPoints.report(try Data(contentsOf: plan)) }
        // A merge reaching the last column of many rows is clipped, not filled cell by cell.
        PlanIOFuzzEntryPoints.mergedCells(Data(Array(0..<64) + [0, 0, 255, 255, 1, 1, 255, 255]))
    }
}
