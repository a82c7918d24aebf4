import Testing
import XLSX
@testable import PlanIO

/// Hidden rows and columns, legends, headings, example rows and notes are left out and said;
/// statuses are read through the sheet's legend; number formats give the value and unit shown.
@Suite struct NeverSilentlyWrongTests {
    private static let header: [CellValue] = ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績", "進捗"]

    @Test func leavesHiddenRowsAndColumnsOutAndNamesThem() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度目標", "Ｒ２年度実績"],
                ["ペーパーレス化", "コピー使用量", "10%以上削減", "60%以上削減", "61%削減"],
                ["旧い取組", "旧指標", "1件", "1件", "1件"],
            ], hiddenRows: [2], hiddenColumns: [2])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ペーパーレス化"])
        #expect(result.initiatives.first?.initiative.indicators.first?.targets.map(\.value) == [60])
        #expect(
            result.skippedRows.map(\.description) == [
                "a.xlsx › 取組 › column C: 非表示の列 / hidden column: Ｒ２年度目標",
                "a.xlsx › 取組 › row 3: 非表示の行 / hidden row: 旧い取組",
            ])
    }

    @Test func takesHiddenRowsWhenAsked() {
        let sheet = SubmissionSheet(name: "取組", rows: [Self.header, ["Ａ取組", "件数", "1件", "1件", "順調"]], hiddenRows: [1])
        var options = ImportOptions()
        options.includeHidden = true
        #expect(SubmissionImporter(options: options).read(sheets: [sheet], file: "a.xlsx").initiatives.count == 1)
        #expect(SubmissionImporter().read(sheets: [sheet], file: "a.xlsx").initiatives.isEmpty)
    }

    @Test func readsStatusSymbolsThroughTheLegendAndNeverFromIt() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["凡例　◎：順調　○：概ね順調　△：やや遅れ　×：遅れ"],
                Self.header,
                ["Ａ取組", "件数", "1件", "1件", "◎"],
                ["Ｂ取組", "件数", "1件", "1件", "△"],
                ["Ｃ取組", "件数", "1件", "1件", "Ｚ"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed, nil])
        #expect(
            result.issues.map(\.description) == [
                "a.xlsx › 取組 › E5: warning: 進捗「Ｚ」を読めないため空にしました（凡例かプロファイルで意味を指定してください） / cannot read the status \"Ｚ\"; left empty (give its meaning in a legend or a profile)"
            ])
    }

    @Test func readsGradesWithALegendOfLetters() {
        let legend = StatusLegend.parse("評価基準　Ａ＝達成　Ｂ＝概ね達成　Ｃ＝未達成")
        #expect(legend?.status(of: "Ａ") == .onTrack)
        #expect(legend?.status(of: "Ｃ") == .delayed)
        #expect(StatusLegend.parse("２ 遅れが生じている取組") == nil)
    }

    @Test func readsGradesWhoseLegendSeparatesThemWithEllipses() {
        let legend = StatusLegend.parse("【評価基準】Ａ…順調、Ｂ…概ね順調、Ｃ…遅れている")
        #expect(legend?.meanings == ["A": .onTrack, "B": .onTrack, "C": .delayed])
        #expect(StatusLegend.parse("※ 数値は速報値であり、今後変動する可能性があります。") == nil)
    }

    @Test func skipsHeadingsExampleRowsAndNotesInsideTheTable() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                Self.header,
                ["記入例", "件数", "1件", "1件", "順調"],
                ["（２）多様な主体との連携・県民参画の推進", "（２）多様な主体との連携・県民参画の推進", "（２）多様な主体との連携・県民参画の推進", "（２）多様な主体との連携・県民参画の推進", "（２）多様な主体との連携・県民参画の推進"],
                ["ＮＰＯとの連携", "助成数", "10件", "55件", "順調"],
                ["※ 実績は３月末時点"],
                Self.header,
            ], mergedRanges: [CellRange("A3:E3")].compactMap { $0 })
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ＮＰＯとの連携"])
        #expect(result.initiatives.first?.initiative.section == "多様な主体との連携・県民参画の推進")
        #expect(result.skippedRows.map(\.reason) == [.example, .heading, .note, .repeatedHeader])
    }

    @Test func appliesPercentAndUnitNumberFormats() {
        #expect(DisplayedNumber.text(0.405, format: "0.0%") == "40.5%")
        #expect(DisplayedNumber.text(12, format: "#,##0\"業務\"") == "12業務")
        #expect(DisplayedNumber.text(12, format: "0\\件") == "12件")
        #expect(DisplayedNumber.text(12, format: "#,##0") == nil)
        let sheet = SubmissionSheet(
            name: "取組", rows: [Self.header, ["Ａ取組", "率", 0.5, 0.405, "順調"]],
            numberFormats: [CellReference(row: 2, column: 2): "0%", CellReference(row: 2, column: 3): "0.0%"])
        let indicator = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx").initiatives.first?.initiative.indicators.first
        #expect(indicator?.targets.first?.value == 50)
        #expect(indicator?.actuals.first?.value == 40.5)
        #expect(indicator?.unit == "%")
    }

    @Test func takesTheDepartmentFromALineWithTheLabelAndNameApartBySpace() {
        #expect(BlockTitle.departmentLine("担当部局　企画財政部") == "企画財政部")
        #expect(BlockTitle.departmentLine("所管：会計局") == "会計局")
        #expect(BlockTitle.departmentLine("所管課の見直し") == nil)
    }
}
