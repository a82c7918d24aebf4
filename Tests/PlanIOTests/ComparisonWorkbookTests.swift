import Foundation
import PlanDiff
import PlanModel
@testable import PlanIO
import Testing
import XLSX

/// The diff and history workbooks, PlanIO renderers beside the report's: read back with the
/// project's own reader, figures as number cells and targets as the seed writes them, on the
/// Samples' table layout (bare numbers typed into cells).
@Suite struct ComparisonWorkbookTests {
    let old: Plan
    let new: Plan

    init() throws {
        let importer = PlanImporter()
        old = try importer.importFiles([SampleFiles.submissions(version: "first-adopted", layout: "table")]).plan
        new = try importer.importFiles([SampleFiles.submissions(version: "revised", layout: "table")]).plan
    }

    private func rows(_ data: Data, sheet: String) throws -> [[CellValue]] {
        let book = try Workbook(data: data, name: "comparison.xlsx")
        return try book.grid(of: try #require(book.sheet(named: sheet), "no sheet \(sheet)")).rows.map(Array.init)
    }

    @Test func theDiffWorkbookHasItsFourSheetsAndTargetsAsTheSeedWritesThem() throws {
        let data = try DiffWorkbookRenderer().data(PlanDiff.compare(old, new))
        #expect(try Workbook(data: data, name: "diff.xlsx").sheets.map(\.name) == ["概要", "目標の変更", "取組の追加・削除", "全変更"])
        let targets = try rows(data, sheet: "目標の変更")
        #expect(targets[0].suffix(2) == [.string("変更前の記載"), .string("変更後の記載")])
        let ocr = try #require(targets.first { $0.count > 4 && $0[3] == .string("ＡＩ-ＯＣＲ 利用枚数") && $0[4] == .string("R3") })
        #expect(Array(ocr[5...6]) == [.number(20000), .number(67000)], "figures stay numbers")
        // The first-adopted cell held the bare number; the revision's cell its own words.
        #expect(Array(ocr.suffix(2)) == [.string("Ｒ３年度：20,000枚／年"), .string("２万→6.7万")])
    }

    @Test func theHistoryWorkbookShowsEachYearsTargetAndResultAsRead() throws {
        let data = try HistoryWorkbookRenderer().data(History([old, new]))
        let years = try rows(data, sheet: "推移")
        #expect(
            years[0]
                == ["取組", "所管", "指標", "単位", "方向", "年度", "目標", "目標の記載", "実績", "実績の記載", "達成率", "傾向"]
                .map(CellValue.string))
        let ocr = try #require(years.first { $0.count > 9 && $0[2] == .string("ＡＩ-ＯＣＲ 利用枚数") && $0[5] == .string("R2") })
        #expect(Array(ocr[6...9]) == [.number(12000), .string("Ｒ２年度：12,000枚／年"), .number(62000), .string("約62,000")], "the result cell's own words")
        let revisions = try rows(data, sheet: "目標の改定")
        #expect(revisions.contains { $0.count > 4 && $0[2] == .string("R3") && Array($0[3...4]) == [.number(20000), .number(67000)] })
    }
}
