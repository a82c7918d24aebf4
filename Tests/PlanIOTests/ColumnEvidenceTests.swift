import Testing
import XLSX
@testable import PlanIO

/// The cells decide a column the header leaves open: target expressions make a target column,
/// status words a status column; below the bar the column is reported, never guessed.
@Suite struct ColumnEvidenceTests {
    @Test func anIndicatorHeaderOverTargetExpressionsIsTheFreeTextTargetCell() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "目標・指標", "Ｒ２年度実績"],
                [
                    "ＲＰＡの推進", "○ＲＰＡ 導入業務数\nＲ２年度：50業務\n○ＡＩ-ＯＣＲ 利用枚数\nＲ２年度：12,000枚／年",
                    "○ＲＰＡ 導入業務数\n51業務\n○ＡＩ-ＯＣＲ 利用枚数\n約62,000枚／年",
                ],
                ["連携事業の推進", "○新たな連携事業の推進\nＲ２年度：100事業／年", "新たな連携事業：109事業／年"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        let indicators = try #require(result.initiatives.first?.initiative.indicators)
        #expect(indicators.map(\.name) == ["ＲＰＡ 導入業務数", "ＡＩ-ＯＣＲ 利用枚数"])
        #expect(indicators.map { $0.targets.map(\.value) } == [[50], [12000]])
        #expect(indicators.map { $0.actuals.map(\.value) } == [[51], [62000]])
        let column = try #require(result.inspections.first?.columns.first { $0.column == "B" })
        #expect(column.role == "target")
        #expect(column.confidence == 1)
        #expect(column.reason == "header 「目標・指標」 reads as indicator; 2 of 2 cells read as target expressions (Ｒ２年度：…)")
    }

    @Test func anUnknownHeaderOverStatusWordsIsTheStatusColumn() throws {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績", "とりまとめ"],
                ["Ａ取組", "件数", "1件", "1件", "順調"],
                ["Ｂ取組", "件数", "1件", "1件", "遅れ"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.status) == [.onTrack, .delayed])
        #expect(result.issues.isEmpty)
    }

    @Test func cellsBelowTheBarAreReportedNotGuessed() {
        let sheet = SubmissionSheet(
            name: "取組",
            rows: [
                ["取組項目", "指標名", "Ｒ２年度目標", "Ｒ２年度実績", "とりまとめ"],
                ["Ａ取組", "件数", "1件", "1件", "順調"],
                ["Ｂ取組", "件数", "1件", "1件", "引き続き推進する"],
            ])
        let result = SubmissionImporter().read(sheets: [sheet], file: "a.xlsx")
        #expect(result.initiatives.map(\.initiative.status) == [nil, nil])
        #expect(
            result.issues.map(\.description) == [
                "a.xlsx › 取組 › E1: warning: 見出し「とりまとめ」の列の役割を決められないため読み飛ばしました / could not decide what the column \"とりまとめ\" holds; it was skipped (could not decide: 1 of 2 cells read as statuses, below the bar)"
            ])
    }
}
