import Testing
import XLSX
@testable import PlanIO

/// Merged cells fill their whole range, but never beyond the sheet's data.
@Suite struct MergedCellTests {
    @Test func fillsAMergedInitiativeOverItsIndicatorRowsOnly() {
        let sheet = SubmissionSheet(name: "取組状況", rows: [
            ["取組項目", "指標名", "Ｒ２年度目標"],
            ["ＲＰＡ等の推進", "導入業務数", 50],
            [.empty, "利用枚数", 12000],
        ], mergedRanges: [CellRange("A2:A1048576"), CellRange("D1:D1048576")].compactMap { $0 })
        let filled = sheet.fillingMergedRanges()
        #expect(filled.rows.count == 3)
        #expect(filled.rows[2][0] == .string("ＲＰＡ等の推進"))
        let initiatives = SubmissionImporter().read(sheets: [sheet], file: "x.xlsx").initiatives
        #expect(initiatives.map { $0.initiative.indicators.map(\.name) } == [["導入業務数", "利用枚数"]])
    }
}
