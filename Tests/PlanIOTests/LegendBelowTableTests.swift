import Testing
@testable import PlanIO

/// A legend written under the table (凡例 at the foot of the sheet) explains the status marks above it.
@Suite struct LegendBelowTableTests {
    @Test func readsStatusMarksThroughALegendWrittenUnderTheTable() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["事業名", "アウトカム指標", "計画値（令和５年度）", "評価区分"],
                ["窓口のオンライン化", "オンライン申請件数", "1,000件", "◎"],
                ["ＮＰＯとの連携", "助成数", "10件", "△"],
                ["電子契約の導入", "導入件数", "5件", "□"],
                [.empty],
                ["凡例 ◎：順調 △：遅れ"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "kikaku.xlsx")
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed, nil])
        // The mark the legend does not explain keeps its warning, at its cell.
        #expect(
            result.issues.map(\.description) == [
                "kikaku.xlsx › 取組 › D4: warning: 進捗「□」を読めないため空にしました（凡例かプロファイルで意味を指定してください）"
                    + " / cannot read the status \"□\"; left empty (give its meaning in a legend or a profile)"
            ])
        #expect(result.skippedRows.map(\.reason) == [.legend])
    }
}
