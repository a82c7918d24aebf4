import Testing
import XLSX
@testable import PlanIO

/// Headers are read from the meaning of their words, in one to three rows and either orientation,
/// with decorations, units and fiscal years taken out wherever they stand.
@Suite struct HeaderGeneralisationTests {
    @Test(arguments: [
        ("事業名", ColumnRole.title), ("取組内容", .title), ("施策名称", .title),
        ("アウトカム指標", .indicator), ("成果指標", .indicator), ("KPI", .indicator),
        ("計画値（令和５年度）", .target(fiscalYear: 2023)), ("2023年度（Ｒ５）計画値", .target(fiscalYear: 2023)),
        ("目標（変更後）", .target(fiscalYear: nil)), ("【必須】実績", .actual(fiscalYear: nil)),
        ("目\n標", .target(fiscalYear: nil)), ("目標（件）", .target(fiscalYear: nil)),
        ("評価区分", .status), ("取組状況", .status), ("課題・対応", .nextSteps), ("要因・理由", .delayReason),
        ("担当部署", .department), ("所属", .department), ("企画部", .department),
    ])
    func recognisesWordingsByTheirMeaning(_ header: String, _ role: ColumnRole) {
        #expect(ColumnRole.recognise(header) == role)
    }

    @Test func takesTheUnitFromTheHeadersBrackets() {
        #expect(HeaderText("目標（件）").unit == "件")
        #expect(HeaderText("目標（変更後）").notes == ["変更後"])
    }

    @Test func readsTargetAndResultMergedOverTheFiscalYearsBelow() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "目標", .empty, "実績", .empty],
                [.empty, .empty, "Ｒ２年度", "Ｒ３年度", "Ｒ２年度", "Ｒ３年度"],
                ["ＮＰＯとの連携による施策の推進", "助成数", 10, 12, 55, .empty],
            ], mergedRanges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"].compactMap { CellRange($0) })
        let result = SubmissionImporter().read(sheets: [sheet], file: "npo.xlsx")
        #expect(result.initiatives.map(\.initiative.title) == ["ＮＰＯとの連携による施策の推進"])
        let indicator = result.initiatives.first?.initiative.indicators.first
        #expect(indicator?.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator?.targets.map(\.value) == [10, 12])
        #expect(indicator?.actuals.map(\.fiscalYear) == [2020])
        #expect(indicator?.actuals.map(\.value) == [55])
    }

    @Test func readsHeaderWordingsOutsideTheOldListWithoutSwitchingLayout() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["事業名", "アウトカム指標", "計画値（令和５年度）", "2023年度実績", "評価区分", "課題・対応", "担当部署"],
                ["窓口のオンライン化", "オンライン申請件数", "1,000件", "800件", "やや遅れ", "周知を強化する", "総務課"],
                ["窓口のオンライン化", "来庁者数", "500人以下", "450人", "やや遅れ", "周知を強化する", "総務課"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "somu.xlsx")
        #expect(result.initiatives.count == 1)
        let initiative = result.initiatives.first?.initiative
        #expect(initiative?.indicators.map(\.name) == ["オンライン申請件数", "来庁者数"])
        #expect(initiative?.indicators.first?.targets.first?.fiscalYear == 2023)
        #expect(initiative?.indicators.first?.targets.first?.value == 1000)
        #expect(initiative?.indicators.first?.actuals.first?.value == 800)
        #expect(initiative?.status == .delayed)
        #expect(initiative?.nextSteps == "周知を強化する")
        #expect(initiative?.department == "総務課")
        #expect(result.issues.isEmpty)
    }

    @Test func prefersTheRevisedColumnOverTheOriginalOne() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ３年度目標（当初）", "Ｒ３年度目標（変更後）"],
                ["ペーパーレス化", "コピー使用量", "20%以上削減", "60%以上削減"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.first?.initiative.indicators.first?.targets.map(\.value) == [60])
        #expect(result.issues.map(\.messageEn).contains { $0.contains("superseded by the revised column D") })
    }

    @Test func warnsAboutAColumnWhoseRoleItCannotDecide() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "確認欄", "備考"],
                ["ペーパーレス化", "コピー使用量", "20%以上削減", "済", "メモ"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(
            result.issues.map(\.description) == [
                "a.xlsx › 取組 › D1: warning: 見出し「確認欄」の列の役割を決められないため読み飛ばしました / could not decide what the column \"確認欄\" holds; it was skipped",
                "a.xlsx › 取組 › E1: warning: 列「備考」は備考の列のため取り込みません / column \"備考\" holds remarks; it is not imported",
            ])
    }

    @Test func takesTheIndicatorNameFromTheFirstLineOfATargetCell() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "目標"],
                ["業務の自動化", .empty, "ＲＰＡ導入業務数\nＲ２年度：50業務\nＲ３年度：70業務"],
            ])
        let indicator = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx").initiatives.first?.initiative.indicators.first
        #expect(indicator?.name == "ＲＰＡ導入業務数")
        #expect(indicator?.targets.map(\.fiscalYear) == [2020, 2021])
        #expect(indicator?.targets.map(\.value) == [50, 70])
        #expect(indicator?.unit == "業務")
    }
}
