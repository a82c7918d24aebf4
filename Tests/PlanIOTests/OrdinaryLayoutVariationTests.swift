import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// Ordinary things clerks add to a table: a 合計 row, a 備考 column in a two-row header, year labels
/// with an era alias above the kinds, the next indicator of a free-text initiative on a row of its own.
@Suite struct OrdinaryLayoutVariationTests {
    @Test func skipsTotalRowsAndSaysSo() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績"],
                ["Ａ取組", "件数", "10", "12"],
                ["合　計", "", "10", "12"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["Ａ取組"])
        #expect(result.skippedRows.map(\.description) == ["a.xlsx › 取組 › row 3: 合計・小計の行 / total or subtotal row: 合　計"])
    }

    @Test func readsAYearRowAboveAHeaderThatHasARemarksColumn() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["", "", "2020年度（Ｒ２）", "Ｒ２年度", "R3年度", ""],
                ["取組項目", "指標名", "計画値", "実績", "計画値", "備考"],
                ["Ａ取組", "件数", "10", "12", "15", "数値は３月末時点"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator.targets.map(\.value) == [10, 15])
        #expect(indicator.actuals.map(\.fiscalYear) == [2020])
        #expect(
            result.issues.map(\.description) == [
                "a.xlsx › 取組 › F1: warning: 列「備考」は備考の列のため取り込みません / column \"備考\" holds remarks; it is not imported"
            ])
    }

    @Test func aFreeTextRowWithoutTitleAddsTheNextIndicatorOfTheInitiativeAbove() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "目標（抄）", "Ｒ２年度実績", "進捗"],
                ["ＲＰＡの推進", "○ＲＰＡ 導入業務数\nＲ２年度：50業務", "51業務", "順調"],
                ["", "○ＡＩ-ＯＣＲ 利用枚数\nＲ２年度：12,000枚／年", "約62,000枚／年", ""],
                ["連携事業の推進", "○新たな連携事業の推進\nＲ２年度：100事業／年", "109事業／年", "順調"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "連携事業の推進"])
        let indicators = try #require(result.initiatives.first?.initiative.indicators)
        #expect(indicators.map(\.name) == ["ＲＰＡ 導入業務数", "ＡＩ-ＯＣＲ 利用枚数"])
        #expect(indicators.map { $0.actuals.map(\.value) } == [[51], [62000]])
        #expect(result.initiatives.first?.cells.actuals[IndicatorYear(indicator: 1, fiscalYear: 2020)] == "C3")
    }
}

/// A year's target and result written in one cell, each after its label.
@Suite struct TargetResultCellTests {
    @Test func splitsLabelledTargetAndResultLines() throws {
        let cell = try #require(TargetResultCell("【目標】50業務\n【実績】・ 音声翻訳システム導入\n15拠点"))
        #expect(cell.target == "50業務")
        #expect(cell.result == "・ 音声翻訳システム導入\n15拠点")
        #expect(TargetResultCell("目標を上回る実績") == nil)
        let reversed = try #require(TargetResultCell("実績：51業務\n目標：50業務"))
        #expect(reversed.target == "50業務")
        #expect(reversed.result == "51業務")
        #expect(TargetResultCell("目標：50業務\n目標：60業務") == nil)
    }

    @Test func readsLabelsFollowedBySpacesOnOneLineOrAlone() throws {
        let spaced = try #require(TargetResultCell("目標 1,100問\n実績 1,100問"))
        #expect(spaced.target == "1,100問")
        #expect(spaced.result == "1,100問")
        let oneLine = try #require(TargetResultCell("目標値：50業務　実績値：51業務"))
        #expect(oneLine.target == "50業務")
        #expect(oneLine.result == "51業務")
        let slashed = try #require(TargetResultCell("目標50件／実績48件"))
        #expect(slashed.target == "50件")
        #expect(slashed.result == "48件")
        // A year not reported yet: the target alone.
        let targetOnly = try #require(TargetResultCell("目標 60業務"))
        #expect(targetOnly.target == "60業務")
        #expect(targetOnly.result == "")
        #expect(TargetResultCell("目標年度 R7") == nil)
        #expect(TargetResultCell("計画どおり実施") == nil)
    }

    @Test func aYearColumnWithTargetAndResultGivesBothNotTheTargetAsResult() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度 目標／実績", "Ｒ３年度目標"],
                ["Ａ取組", "件数", "目標：50件\n実績：51件", "60件"],
                ["Ｂ取組", "件数", "目標：10件\n実績：８件", "12件"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2021, 2020])
        #expect(indicator.targets.map(\.value) == [60, 50])
        #expect(indicator.actuals.map(\.value) == [51])
        #expect(indicator.unit == "件")
    }

    @Test func aYearColumnWithoutRoleWordIsDecidedByItsLabelledCells() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度", "Ｒ３年度目標"],
                ["Ａ取組", "件数", "目標：50件\n実績：51件", "60件"],
                ["Ｂ取組", "件数", "目標：10件\n実績：８件", "12件"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map { $0.initiative.indicators.first?.actuals.first?.value } == [51, 8])
        let column = try #require(result.inspections.first?.columns.first { $0.column == "C" })
        #expect(column.role == "actual 2020")
        #expect(column.reason == "header 「Ｒ２年度」 names no role; 2 of 2 cells read as a target and a result (目標：… 実績：…)")
    }
}
