import Testing
import XLSX
@testable import PlanIO

/// A header in two rows: the fiscal year merged over its 目標 and 実績 columns.
@Suite struct TwoRowHeaderTests {
    @Test func takesTheFiscalYearFromTheMergedCellAboveTargetAndResult() {
        let sheet = SubmissionSheet(
            name: "取組状況",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度", .empty, "Ｒ３年度", .empty, "進捗"],
                [.empty, .empty, "目標", "実績", "目標", "実績", .empty],
                ["ＮＰＯとの連携による施策の推進", "助成数", 10, 55, 12, .empty, "順調"],
            ], mergedRanges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"].compactMap { CellRange($0) })
        let result = SubmissionImporter().read(sheets: [sheet], file: "npo.xlsx")
        let indicator = result.initiatives.first?.initiative.indicators.first
        #expect(indicator?.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator?.targets.map(\.value) == [10, 12])
        #expect(indicator?.actuals.map(\.fiscalYear) == [2020])
        #expect(result.initiatives.first?.initiative.status == .onTrack)
        #expect(result.issues.isEmpty)
    }
}
