import Foundation
import PlanModel
@testable import PlanIO
import Testing
import XLSX

/// The XLSX report, read back with the project's own reader.
@Suite struct ReportWorkbookTests {
    let report: ProgressReport
    let book: Workbook

    init() throws {
        report = ProgressReport(plan: try ReportSamples.revised, previous: try ReportSamples.firstAdopted)
        book = try Workbook(data: try ReportWorkbookRenderer().data(report), name: "report.xlsx")
    }

    private func grid(_ name: String) throws -> SheetGrid {
        try book.grid(of: try #require(book.sheet(named: name), "no sheet \(name)"))
    }

    private func text(_ value: CellValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return String(number)
        default: return ""
        }
    }

    @Test func hasOneSheetPerPartOfTheReport() {
        #expect(book.sheets.map(\.name) == ["概要", "主な成果", "遅れが生じている取組", "目標値の見直し"])
    }

    @Test func summarySheetCarriesTitleHeadlineAndCounts() throws {
        let rows = try grid("概要").rows
        #expect(rows[0].first == .string("令和２年度における行財政改革の取組について"))
        #expect(rows[1].first == .string("対象: 行財政改革行動計画 R3改定"))
        #expect(rows[2].first == .string("行動計画の全１５取組のうち、９の取組は順調に取り組んでおり、６の取組に遅れが生じている。"))
        #expect(rows.last == [.string("計"), .number(15), .number(9), .number(6), .number(0)])
    }

    @Test func tablesHaveOneRowPerIndicatorWithTheInitiativeMergedDown() throws {
        let sheet = try grid("主な成果")
        #expect(sheet.rows[0].map(text) == ["方向性", "取組項目", "進捗", "指標", "目標（抄）", "Ｒ２年度実績", "達成率", "今後の取組等"])
        // 9 initiatives: 1-1 has 3 indicators, 1-2 two, 1-3 three (with the new コピー使用量), the rest one each.
        #expect(sheet.rows.count == 1 + 14)
        #expect(sheet.mergedRanges.contains(CellRange(CellReference(row: 2, column: 1), CellReference(row: 4, column: 1))))
        #expect(
            sheet.rows[1].map(text).prefix(6) == [
                "県庁のＩＣＴ化・働き方改革", "ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進",
                "順調", "ＲＰＡ 導入業務数", "Ｒ２年度：50業務", "51業務",
            ])
        #expect(sheet.rows[1][6] == .number(1.02))
        #expect(sheet.rows[2][6] == .number(62000.0 / 12000.0))
    }

    @Test func everySeedPhraseIsInTheInitiativesRowsOfTheRightSheet() throws {
        let sections = try grid("主な成果").fillingMergedRanges().rows
        let delayed = try grid("遅れが生じている取組").fillingMergedRanges().rows
        #expect(delayed[0].map(text).contains("【遅れが生じている要因】"))
        for expectation in ReportSeedExpectation.all {
            let rows = expectation.heading == .delayed ? delayed : sections
            let own = rows.filter { $0.count > 1 && text($0[1]) == expectation.title }
            #expect(!own.isEmpty, "\(expectation.title) missing")
            if case .direction(let name) = expectation.heading { #expect(own.allSatisfy { text($0[0]) == name }) }
            let joined = squashed(own.flatMap { $0.map(text) }.joined())
            for phrase in expectation.phrases {
                #expect(joined.contains(squashed(phrase)), "\(expectation.title): \(phrase)")
            }
        }
    }

    @Test func revisionsSheetGivesOldAndNewAsNumbers() throws {
        let rows = try grid("目標値の見直し").rows
        #expect(rows.count == 1 + 6)
        #expect(
            rows[1] == [
                .string("ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"), .string("ＡＩ-ＯＣＲ 利用枚数"),
                .string("Ｒ３年度"), .number(20000), .number(67000), .string("枚"), .string("Ｒ３年度：２万→6.7万枚"),
            ])
        #expect(
            Array(rows[6].prefix(5)) == [
                .string("会議・打合せのペーパーレス化の推進"), .string("コピー使用量"), .string("Ｒ４年度"),
                .string("（新規設定）"), .number(60),
            ])
    }
}
