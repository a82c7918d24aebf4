import Testing
import XLSX
@testable import PlanIO

/// Merged cells fill their whole range, but never beyond the sheet's data.
@Suite struct MergedCellTests {
    @Test func fillsAMergedInitiativeOverItsIndicatorRowsOnly() {
        let sheet = SubmissionSheet(
            name: "取組状況",
            rows: [
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

    @Test func aMergeThatWouldFillMillionsOfCellsSkipsTheSheetSayingWhy() throws {
        // A diagonal of 2,000 values under one merge of the whole sheet asks for 4,000,000 filled cells.
        let diagonal =
            [SparseRow<CellValue>(["取組項目", "Ｒ２年度目標"])]
            + (1..<2_000).map { SparseRow<CellValue>(entries: [($0 - 1, CellValue.string("取組\($0)"))]) }
        let sheet = SubmissionSheet(name: "取組状況", rows: diagonal, mergedRanges: [try #require(CellRange("A2:XFD2001"))])
        #expect(sheet.mergeFillCount > SubmissionSheet.maxMergeFilledCells)
        let result = SubmissionImporter().read(sheets: [sheet], file: "bomb.xlsx")
        #expect(result.initiatives.isEmpty)
        #expect(
            result.skippedSheets.map(\.description) == [
                "bomb.xlsx › 取組状況: 結合セルが1000000セルを超える範囲を覆っているため読み込めません / merged ranges cover more than 1000000 cells of data; the sheet is not read"
            ])
    }

    @Test func aSheetWithMoreRowsThanAPlanHasIsSkippedNamingTheOption() {
        let rows: [[CellValue]] = [["取組項目", "指標名", "Ｒ２年度目標"]] + (1...30).map { [.string("取組\($0)"), "件数", 1] }
        var options = ImportOptions()
        options.maxPlanRows = 20
        let result = SubmissionImporter(options: options).read(sheets: [SubmissionSheet(name: "取組状況", rows: rows)], file: "big.xlsx")
        #expect(result.initiatives.isEmpty)
        #expect(result.skippedSheets.map(\.reasonEn) == ["31 rows hold values, more than the 20 a plan sheet may have (change with --max-plan-rows)"])
        #expect(SubmissionImporter().read(sheets: [SubmissionSheet(name: "取組状況", rows: rows)], file: "big.xlsx").initiatives.count == 30)
    }

    @Test func aTitleInColumnAAndAFigureInColumnXFDImportLikeNeighbouringColumns() {
        var header = SparseRow<CellValue>(["取組項目", "指標名"])
        header[16_383] = "Ｒ２年度目標"
        var data = SparseRow<CellValue>(["ＲＰＡ等の推進", "導入業務数"])
        data[16_383] = 50
        let result = SubmissionImporter().read(sheets: [SubmissionSheet(name: "取組状況", rows: [header, data])], file: "wide.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡ等の推進"])
        #expect(result.initiatives.first?.initiative.indicators.first?.targets.first?.fiscalYear == 2020)
        #expect(result.initiatives.first?.initiative.indicators.first?.targets.first?.value == 50)
    }
}
