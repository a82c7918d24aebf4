import Testing
import PlanModel
import XLSX
@testable import PlanIO

/// How clerks elsewhere name the department, mark the status and head their columns: 部名： above the
/// table, a numbered sheet per department, ■ group rows, check boxes, banners over the ordinary
/// columns, 上段／下段 cells, units in ［ ］, years down the rows ending in 年度末.
@Suite struct ClerksGroupsAndMarksTests {
    private func read(_ sheets: [SubmissionSheet]) -> SubmissionImporter.Result {
        SubmissionImporter().read(sheets: sheets, file: "提出様式.xlsx")
    }

    private static let header: SparseRow<CellValue> = ["取組名", "指標", "R2目標", "R2実績", "評価"]

    @Test func aDepartmentLineAboveTheTableNamesTheDepartment() {
        let result = read([
            SubmissionSheet(
                name: "様式",
                rows: [["部名：危機管理防災部"], Self.header, ["防災訓練の推進", "訓練回数", "10回", "12回", "順調"]])
        ])
        #expect(result.initiatives.map(\.initiative.department) == ["危機管理防災部"])
    }

    @Test func aNumberBeforeASheetsDepartmentNameOrdersTheSheetsAndIsNoPartOfIt() {
        #expect(SubmissionImporter.department(fromSheetName: "01_企画財政部") == "企画財政部")
        #expect(SubmissionImporter.department(fromSheetName: "2.総務部") == "総務部")
        #expect(SubmissionImporter.department(fromSheetName: "③会計局") == "会計局")
        #expect(SubmissionImporter.department(fromSheetName: "2020年度") == nil)
    }

    @Test func bulletedGroupRowsNameTheDepartmentOfTheRowsUnderThem() {
        let result = read([
            SubmissionSheet(
                name: "取組",
                rows: [
                    Self.header,
                    ["■ 企画財政部"],
                    ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "順調"],
                    ["◆総務部"],
                    ["電子申請の拡大", "電子申請件数", "1,000件", "900件", "遅れ"],
                    ["＊ 目標数値は改定後の値を記載している。"],
                ])
        ])
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "電子申請の拡大"])
        #expect(result.initiatives.map(\.initiative.department) == ["企画財政部", "総務部"])
        #expect(result.skippedRows.map(\.reason) == [.heading, .heading, .note])
    }

    @Test func aFilledCheckBoxChoosesTheStatus() {
        let legend = StatusLegend()
        #expect(legend.status(of: "■順調　□遅れ") == .onTrack)
        #expect(legend.status(of: "□順調　■遅れ") == .delayed)
        #expect(legend.status(of: "☑順調 ☐遅れ") == .onTrack)
        #expect(legend.status(of: "□順調　□遅れ") == nil)
        #expect(legend.status(of: "計画以上") == .onTrack)
    }

    @Test func aSlashInAYearsCellIsAnEmptyYear() throws {
        let result = read([
            SubmissionSheet(name: "取組", rows: [Self.header, ["電子申請の拡大", "電子申請件数", "／", "900件", "遅れ"]])
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.isEmpty)
        #expect(indicator.actuals.map(\.value) == [900])
    }

    @Test func theLowestHeaderTextUnderABannerDecidesItsColumn() throws {
        let result = read([
            SubmissionSheet(
                name: "取組",
                rows: [
                    ["取組の概要", "取組の概要", "取組の概要", "進捗管理指標の状況", "進捗管理指標の状況", "評価"],
                    ["No", "取組名", "指標", "目標数値（R2）", "実績数値（R2）", "評価"],
                    ["1", "ＲＰＡの推進", "導入業務数", "50業務", "51業務", "順調"],
                ])
        ])
        let imported = try #require(result.initiatives.first?.initiative)
        #expect(imported.title == "ＲＰＡの推進")
        #expect(imported.id == "1")
        #expect(imported.indicators.first?.targets.map(\.value) == [50])
        #expect(imported.indicators.first?.actuals.map(\.value) == [51])
    }

    @Test func upperAndLowerLinesAsTheHeaderSaysGiveTargetAndResult() throws {
        let result = read([
            SubmissionSheet(
                name: "取組",
                rows: [
                    ["取組名", "指標", "上段：到達目標／下段：達成実績", "上段：到達目標／下段：達成実績"],
                    ["取組名", "指標", "令和2年度", "令和3年度"],
                    ["ＲＰＡの推進", "導入業務数［業務］", "50以上\n51", "60以上"],
                ])
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.unit == "業務")
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator.targets.map(\.value) == [50, 60])
        #expect(indicator.actuals.map(\.fiscalYear) == [2020])
        #expect(indicator.actuals.map(\.value) == [51])
    }

    @Test func yearsDownTheRowsMayEndInNendoMatsuOrCarryTheirAlias() throws {
        let result = read([
            SubmissionSheet(
                name: "取組",
                rows: [
                    ["取組名", "指標", "年度区分", "目標数値", "実績数値"],
                    ["ＲＰＡの推進", "導入業務数", "Ｒ２年度末", "50業務", "51業務"],
                    ["", "", "2021（令和3）年度", "60業務", ""],
                ])
        ])
        let indicator = try #require(result.initiatives.first?.initiative.indicators.first)
        #expect(indicator.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator.actuals.map(\.value) == [51])
        #expect(result.initiatives.first?.initiative.status == nil)
    }

    @Test func aTitleLineNamingTheDepartmentInBracketsGivesIt() throws {
        let result = read([
            SubmissionSheet(
                name: "報告様式",
                rows: [
                    ["Ｒ２ 行財政改革の取組結果一覧（県民生活部）"],
                    ["取組の概要", "取組の概要", "取組の概要", "計画目標・達成実績", "進捗の評価", "次年度以降の取組"],
                    ["整理No", "取組項目名", "管理指標", "Ｒ２年度末", "進捗の自己評価", ""],
                    ["1", "ＮＰＯとの連携", "助成件数", "目標値 10以上\n実績値 55", "順調", "引き続き支援する。"],
                ])
        ])
        let imported = try #require(result.initiatives.first?.initiative)
        #expect(imported.title == "ＮＰＯとの連携")
        #expect(imported.id == "1")
        #expect(imported.department == "県民生活部")
        #expect(imported.nextSteps == "引き続き支援する。")
        #expect(imported.indicators.first?.targets.map(\.value) == [10])
        #expect(imported.indicators.first?.actuals.map(\.value) == [55])
    }

    @Test func oneRowWithItsYearDownTheRowsIsEnoughToReadTheYear() throws {
        let result = read([
            SubmissionSheet(
                name: "取組結果",
                rows: [
                    ["取組の内容", "進捗管理指標", "年度", "到達目標", "達成実績", "進捗の自己評価"],
                    ["防災アプリの充実", "ダウンロード数", "2020（令和2）年度", "2.84万以上（累計）", "23,183（累計）", "□順調　■遅れ"],
                ])
        ])
        let imported = try #require(result.initiatives.first?.initiative)
        #expect(imported.status == .delayed)
        #expect(imported.indicators.first?.targets.map(\.fiscalYear) == [2020])
        #expect(imported.indicators.first?.targets.map(\.value) == [28400])
        #expect(imported.indicators.first?.actuals.map(\.value) == [23183])
    }

    @Test func indicatorsSideBySideInOneRowAreEachRead() throws {
        let result = read([
            SubmissionSheet(
                name: "進行管理表",
                rows: [
                    ["取組名", "指標①", "指標①", "指標①", "指標②", "指標②", "指標②", "その他特記事項"],
                    ["取組名", "指標名", "目標数値（Ｒ２年度末）", "実施実績（Ｒ２年度末）", "指標名", "目標数値（Ｒ２年度末）", "実施実績（Ｒ２年度末）", "その他特記事項"],
                    ["ＲＰＡの推進", "導入業務数", "50業務", "51業務", "利用枚数", "12,000枚", "62,000枚", "前年度 40業務"],
                    ["会議の削減", "会議数", "10回", "9回", "", "", "", ""],
                ])
        ])
        #expect(result.initiatives.map(\.initiative.title) == ["ＲＰＡの推進", "会議の削減"])
        let rpa = try #require(result.initiatives.first?.initiative.indicators)
        #expect(rpa.map(\.name) == ["導入業務数", "利用枚数"])
        #expect(rpa.map { $0.targets.map(\.value) } == [[50], [12000]])
        #expect(rpa.map { $0.actuals.map(\.value) } == [[51], [62000]])
        #expect(result.initiatives.last?.initiative.indicators.map(\.name) == ["会議数"])
        // Only the remarks column is said to be left out, never the second indicator's.
        let skipped = result.issues.filter { $0.kind == .unknownColumn }.compactMap(\.location.cell)
        #expect(skipped == ["H1"])
    }
}
