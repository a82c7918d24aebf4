import Testing
import PlanModel

/// The figure rules the importer uses for cells it places itself (table cells, `Ｒ３年度：`
/// entries, result sections), moved here from PlanIO so that both read a cell the same way.
@Suite struct EntryFigureTests {
    @Test func aFigureUnderOneOfSeveralListItemsIsNotTheBlocksResult() {
        let text = "・ 音声翻訳システム導入\n15拠点\n・ 業務アシスタント導入\n３月仮運用（Ｒ３年度本格運用）"
        let figure = IndicatorReader.resultFigure(of: text)
        #expect(figure.value == nil)
        #expect(CellBlockSplitter.split(text).first?.figures.map(\.value) == [15])
        #expect(CellBlockSplitter.split(text).first?.ownFigures.isEmpty == true)
    }

    @Test func theFigureUnderASingleListItemIsTheBlocksResult() {
        let figure = IndicatorReader.resultFigure(of: "・ モデル課でのペーパーレス化トライアルの実施\n（Ｒ元年度比コピー使用量61.2％減）")
        #expect(figure.value == 61.2)
        #expect(figure.unit == "%")
        #expect(figure.direction == .decrease)
        #expect(figure.baselineYear == FiscalYear(2019))
    }

    @Test func aResultIsReadFromItsFirstFigureNotItsExamples() {
        let figure = IndicatorReader.resultFigure(of: "新たな連携事業：109事業／年\n＜取組例＞\n・ 包括連携協定 5件")
        #expect(figure.value == 109)
        #expect(figure.unit == "事業")
        #expect(IndicatorReader.resultFigure(of: "順調に推移").isQualitative)
    }

    @Test func aTargetEntryTakesTheOnlyContinuationLineWithAFigure() {
        let figure = IndicatorReader.targetFigure(ofLines: ["Ｒ３年度：", "（上半期）全庁への環境整備", "（下半期）コピー使用量50％以上削減"])
        #expect(figure.value == 50)
        #expect(figure.comparator == .atLeast)
        #expect(figure.direction == .decrease)
        #expect(IndicatorReader.targetFigure(ofLines: ["Ｒ２年度：12,000枚／年"]).value == 12000)
    }

    @Test func aTargetEntryWithTwoCandidateFiguresStaysQualitative() {
        let figure = IndicatorReader.targetFigure(ofLines: ["Ｒ３年度：", "（上半期）20％削減", "（下半期）50％削減"])
        #expect(figure.isQualitative)
        #expect(figure.text == "Ｒ３年度：\n（上半期）20％削減\n（下半期）50％削減")
    }

    @Test func aTwoLineNameIsNamedByItsHeadingOrWhole() {
        let name = "ＡＩの活用等による財務相談の促進　ヘルプデスクＡＩの応答可能質問数"
        #expect(MatchingKey.namesIndicator("ＡＩの活用等による財務相談の促進", called: name))
        #expect(MatchingKey.namesIndicator("ＡＩの活用等による財務相談の促進 ヘルプデスクＡＩの応答可能質問数", called: name))
        #expect(!MatchingKey.namesIndicator("ヘルプデスクＡＩ", called: name))
        #expect(!MatchingKey.namesIndicator("", called: name))
    }

    @Test func aTwoLineNameIsJoinedWithAnIdeographicSpace() {
        let blocks = CellBlockSplitter.split("○まいたま防災アプリ利用拡大\nダウンロード数\nＲ２年度：28,400／累計")
        #expect(blocks.first?.name == "まいたま防災アプリ利用拡大　ダウンロード数")
    }
}
