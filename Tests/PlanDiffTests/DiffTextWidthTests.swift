import Testing
import PlanModel
@testable import PlanDiff
import SharedText

/// The text diff reads in a 100-column terminal: columns sized per initiative, long texts on lines of their own.
@Suite struct DiffTextWidthTests {
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    @Test func theSamplesDiffFitsInAHundredColumns() throws {
        let samples = SamplesDiffTests()
        let text = DiffTextRenderer().render(
            PlanDiff.compare(
                try samples.plan("plans/first-adopted.json"),
                try samples.plan("plans/revised.json")))
        #expect(Self.widest(text) <= DiffTextRenderer.lineWidth)
        #expect(text.contains("\n  目標追加  コピー使用量  R4   → Ｒ４年度：コピー使用量60％以上削減\n"))
        // Indicator names too wide for one line head their rows.
        #expect(text.contains("\n  音声テキスト化システム 利用会議数\n    目標変更  R3  Ｒ３年度：250会議／年 → Ｒ３年度：250→500会議  +250     ×2  引上げ・新版に記載\n"))
        // A row too wide even so gets its old and new sides on lines of their own, the figures kept on its first.
        #expect(
            text.contains(
                "\n  目標変更  ＡＩ-ＯＣＲ 利用枚数  R3  +47,000  ×3.35  引上げ・新版に記載\n      旧: Ｒ３年度：20,000枚／年\n"
                    + "      新: Ｒ３年度：２万→6.7万枚\n"))
    }

    @Test func aLongTitleRenameGetsItsOwnLinesAndMovesNoOtherColumn() {
        let longOld = "県民・事業者・市町村・関係団体等の多様な主体との連携による地域課題解決と行政サービス向上のための取組の推進"
        let longNew = "県民・事業者・市町村・関係団体等の多様な主体との連携による地域課題解決と行政サービスの向上に向けた取組の推進"
        func plan(_ title: String, target: Double, version: String) -> Plan {
            Plan(
                version: version,
                initiatives: [
                    Initiative(id: "2-9", title: title, indicators: []),
                    Initiative(
                        id: "1-1", title: SeedPlans.automation,
                        indicators: [
                            Indicator(
                                name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚",
                                targets: [Target(fiscalYear: 2021, value: target, text: "")])
                        ]),
                ])
        }
        let result = PlanDiff.compare(plan(longOld, target: 20000, version: "当初"), plan(longNew, target: 67000, version: "R3改定"))
        #expect(result.changes.map(\.kind) == [.initiativeRenamed, .targetChanged])
        let text = DiffTextRenderer().render(result)
        // Only the titles themselves are wider than the terminal, each on a line of its own.
        #expect(Self.widest(text.replacingOccurrences(of: longNew, with: "").replacingOccurrences(of: longOld, with: "")) <= DiffTextRenderer.lineWidth)
        #expect(text.contains("\n      旧: \(longOld)\n      新: \(longNew)\n"))
        #expect(text.contains("\n  ＡＩ-ＯＣＲ 利用枚数\n    目標変更  R3  Ｒ３年度：20,000枚 → Ｒ３年度：67,000枚  +47,000  ×3.35  引上げ\n"))
    }
}
