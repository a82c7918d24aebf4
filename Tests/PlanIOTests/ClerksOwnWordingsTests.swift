import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// Forms clerks make that PlanSheet's first templates did not: fiscal years alone over cells holding
/// `目標 …` / `実績 …`, years with their alias in brackets, a grade with its word, look-alike marks,
/// なし for an empty year, and a 数値目標 header that says in brackets it holds the indicator.
@Suite struct ClerksOwnWordingsTests {
    private func read(_ rows: [SparseRow<CellValue>]) -> SubmissionImporter.Result {
        SubmissionImporter().read(sheets: [SubmissionSheet(name: "取組", rows: rows)], file: "企画部.xlsx")
    }

    @Test func yearsAloneOverCellsWithTargetAndResultGiveBoth() throws {
        let result = read([
            ["取組名", "指標", "2020（R2）", "2021（R3）", "進捗"],
            ["ＲＰＡの推進", "導入業務数", "目標 50業務\n実績 51業務", "目標 60業務\n実績 58業務", "順調"],
            ["電子申請の拡大", "電子申請件数", "目標 1,100件\n実績 900件", "目標 1,200件", "遅れ"],
        ])
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "電子申請の拡大"])
        let rpa = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(rpa.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(rpa.targets.map(\.value) == [50, 60])
        #expect(rpa.actuals.map(\.value) == [51, 58])
        let online = try #require(result.initiatives.last?.initiative.indicators.first)
        #expect(online.targets.map(\.value) == [1100, 1200])
        #expect(online.actuals.map(\.fiscalYear) == [2020])
        #expect(online.actuals.map(\.value) == [900])
    }

    @Test func yearsAloneOverPlainFiguresAreNoHeaderAndNothingIsGuessed() {
        // Targets or results? The cells do not say: the sheet is not read, and the message says why.
        let result = read([
            ["事業名", "2020", "2021"],
            ["庁舎の管理", "1,200", "1,300"],
            ["公用車の更新", "30", "28"],
        ])
        #expect(result.initiatives.isEmpty)
        #expect(result.skippedSheets.map(\.sheet) == ["取組"])
    }

    @Test func yearLinesWithTheYearsAliasGiveEachTargetAndResultItsYear() throws {
        let result = read([
            ["取組名", "指標", "目標", "実績", "評価"],
            ["ＲＰＡの推進", "導入業務数", "2020（R2）：50業務\n2021（R3）：60業務", "2020（R2）：51業務", "順調"],
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator.targets.map(\.value) == [50, 60])
        #expect(indicator.actuals.map(\.fiscalYear) == [2020])
        #expect(indicator.actuals.map(\.value) == [51])
        #expect(result.issues.isEmpty)
    }

    @Test func aGradeWithItsWordInBracketsNeedsNoLegend() {
        let result = read([
            ["取組名", "指標", "R2目標", "R2実績", "評価"],
            ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "Ａ（順調）"],
            ["電子申請の拡大", "電子申請件数", "1,000件", "900件", "Ｃ（遅れ）"],
            ["会議の削減", "会議数", "10回", "9回", "Ｂ（概ね順調）"],
        ])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed, .onTrack])
        #expect(!result.issues.contains { $0.kind == .unknownStatus })
    }

    @Test func lookAlikeCirclesInTheLegendAndTheCellsAreTheSameMark() {
        let result = read([
            ["評価　◯：順調　△：遅れ"],
            [],
            ["取組名", "指標", "R2目標", "R2実績", "評価"],
            ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "○"],
            ["電子申請の拡大", "電子申請件数", "1,000件", "900件", "△"],
            ["会議の削減", "会議数", "10回", "10回", "〇"],
        ])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed, .onTrack])
    }

    @Test func noneWrittenInAYearsCellIsAnEmptyYearNotATarget() throws {
        let result = read([
            ["取組名", "指標", "R2目標", "R3目標", "R2実績"],
            ["電子申請の拡大", "電子申請件数", "なし", "1,200件", "該当なし"],
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2021])
        #expect(indicator.targets.map(\.value) == [1200])
        #expect(indicator.actuals.isEmpty)
    }

    @Test func aTargetHeaderWithIndicatorInBracketsHoldsTheIndicatorsName() throws {
        let result = read([
            ["取組名", "数値目標（指標）", "R2目標", "R2実績", "評価"],
            ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "順調"],
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.name == "導入業務数")
        #expect(indicator.targets.map(\.value) == [50])
        #expect(indicator.actuals.map(\.value) == [51])
    }

    @Test func yearsUnderABannerNamingAStatusWordHoldTheFiguresOfOneRow() throws {
        let result = read([
            ["取組の内容", "管理指標", "進捗管理指標の状況", "進捗管理指標の状況", "総合評価"],
            ["取組の内容", "管理指標", "R02", "R03", "総合評価"],
            ["防災アプリの充実", "ダウンロード数", "目標値 28,400\n実績値 23,183", "目標値 ／\n実績値 ／", "Ｃ（やや遅れ）"],
        ])
        let imported = try #require(result.initiatives.first?.initiative)
        #expect(imported.status == .delayed)
        #expect(imported.indicators.first?.targets.map(\.fiscalYear) == [2020])
        #expect(imported.indicators.first?.targets.map(\.value) == [28400])
        #expect(imported.indicators.first?.actuals.map(\.value) == [23183])
    }

    @Test func aFirstDataRowOfTargetAndResultCellsIsNeverTakenIntoTheHeader() {
        let result = read([
            ["取組の概要", "取組の概要", "取組の概要", "計画目標・実績数値", "進捗の評価"],
            ["No", "改革取組", "達成指標", "Ｒ２年度末", "総合評価"],
            ["県-1", "ＮＰＯとの連携による施策の推進", "ＮＰＯ基金による助成・事業成果の確認", "目標 10\n実績 55", "計画以上"],
            ["県-2", "Ｗｅｂシステムを活用した情報収集の推進", "埼玉県政世論調査", "目標 2,000\n実績 2,834", "計画以上"],
        ])
        #expect(result.initiatives.map(\.initiative.title) == ["ＮＰＯとの連携による施策の推進", "Ｗｅｂシステムを活用した情報収集の推進"])
        #expect(result.initiatives.map(\.initiative.id) == ["県-1", "県-2"])
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .onTrack])
        #expect(result.initiatives.flatMap { $0.initiative.indicators.flatMap { $0.actuals.map(\.value) } } == [55, 2834])
    }

    @Test func aSerialNumberAndAnImprovementColumnAreReadByTheirWords() throws {
        let result = read([
            ["通番", "施策の名称", "評価指標", "R2計画", "R2実績", "達成状況", "改善の方向"],
            ["1", "ＲＰＡの推進", "導入業務数", "50業務", "51業務", "達成", "更なる業務効率化を推進する。"],
        ])
        let imported = try #require(result.initiatives.first?.initiative)
        #expect(imported.id == "1")
        #expect(imported.nextSteps == "更なる業務効率化を推進する。")
        #expect(result.issues.isEmpty)
    }
}
