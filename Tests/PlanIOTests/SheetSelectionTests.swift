import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// Which sheets hold the plan, and what the importer says about the others.
@Suite struct SheetSelectionTests {
    static let plan = SubmissionSheet(
        name: "取組状況",
        rows: [
            ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績", "進捗"],
            ["ＮＰＯとの連携による施策の推進", "助成数", 10, 55, "順調"],
        ])

    @Test func skipsHiddenEmptyCoverNotesAndHeaderlessSheetsSayingWhy() {
        let farHeader = SubmissionSheet(name: "別紙", rows: Array(repeating: ["メモ"], count: 20) + Self.plan.rows)
        let sheets = [
            SubmissionSheet(name: "表紙", rows: [["部局名", "県民生活部"]]),
            SubmissionSheet(name: "記入要領", rows: [["・進捗は一覧から選択"]]),
            SubmissionSheet(name: "Sheet2", rows: [[.empty]]),
            SubmissionSheet(name: "旧版", rows: Self.plan.rows, isHidden: true),
            farHeader,
            Self.plan,
        ]
        let result = SubmissionImporter().read(sheets: sheets, file: "npo.xlsx")
        #expect(
            result.skippedSheets.map { "\($0.sheet): \($0.reasonEn)" } == [
                "表紙: cover sheet", "記入要領: notes sheet", "Sheet2: empty sheet", "旧版: hidden sheet",
                "別紙: no header row (取組項目 with 目標 or 実績) in the first 20 rows",
            ])
        #expect(result.initiatives.map(\.initiative.department) == ["県民生活部"])
        #expect(result.initiatives.map(\.initiative.source) == [SourceLocation(file: "npo.xlsx", sheet: "取組状況", cell: "A2")])
    }

    @Test func readsSeveralBlocksWhoseTitlesGiveSectionAndStatus() {
        let header: [CellValue] = ["取組項目", "目標（抄）", "Ｒ２年度末実績", "今後の取組等"]
        let sheet = SubmissionSheet(
            name: "行動計画",
            rows: [
                ["■ 行動計画の取組状況"], ["所管：企画財政部"], [],
                ["１ 主な成果"], ["（２）多様な主体との連携・県民参画の推進"], header,
                ["ＮＰＯとの連携による施策の推進", "○助成数\nＲ２年度：10件／年", "55件", "支援を続ける。"], [],
                ["２ 遅れが生じている取組"], header,
                ["「どこでも知事室」の実施", "○開催回数\nＲ２年度：４回／年", "２回／年\n【遅れが生じている要因】\n開催を中止したため。", "機会の確保に努める。"],
            ])
        let initiatives = SubmissionImporter().read(sheets: [sheet], file: "kikaku.xlsx").initiatives.map(\.initiative)
        #expect(initiatives.map(\.section) == ["多様な主体との連携・県民参画の推進", nil])
        #expect(initiatives.map(\.status) == [.onTrack, .delayed])
        #expect(initiatives.map(\.department) == ["企画財政部", "企画財政部"])
        #expect(initiatives.map(\.delayReason) == [nil, "開催を中止したため。"])
        #expect(initiatives.map { $0.indicators.first?.actuals.first?.value } == [55, 2])
    }

    @Test func skipsTheTemplatesExampleRow() {
        let sheet = SubmissionSheet(
            name: "取組状況",
            rows: [
                ["番号", "取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績"],
                ["記入例", "ＲＰＡの推進", "導入業務数", 50, 51],
                ["1", "ペーパーレス化の推進", "コピー使用量", "50％以上削減", "61.2％減"],
            ])
        let initiatives = SubmissionImporter().read(sheets: [sheet], file: "somu.xlsx").initiatives.map(\.initiative)
        #expect(initiatives.map(\.title) == ["ペーパーレス化の推進"])
        #expect(initiatives.first?.indicators.first?.direction == .decrease)
    }
}
