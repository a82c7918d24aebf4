import Testing
@testable import PlanModel

/// The inside of the seed's free-text cells: ○ and numbered blocks, year lines and their continuations.
@Suite struct FreeTextCellTests {
    @Test func splitsIndicatorsAtCircleLinesWithTheirYearLines() {
        let blocks = FreeTextCell.blocks("○ＲＰＡ 導入業務数\nＲ２年度：50業務\n\n○ＡＩ-ＯＣＲ 利用枚数\nＲ２年度：12,000枚／年")
        #expect(blocks.map(\.name) == ["ＲＰＡ 導入業務数", "ＡＩ-ＯＣＲ 利用枚数"])
        #expect(blocks.map { $0.entries.map(\.fiscalYear) } == [[2020], [2020]])
        #expect(blocks[1].entries[0].quantity.value == 12000)
    }

    @Test func joinsALineBetweenHeaderAndFirstYearLineToTheName() {
        let blocks = FreeTextCell.blocks("○まいたま防災アプリ利用拡大\nダウンロード数\nＲ２年度：28,400／累計")
        #expect(blocks.map(\.name) == ["まいたま防災アプリ利用拡大　ダウンロード数"])
        #expect(blocks[0].entries[0].quantity.period == .cumulative)
    }

    @Test func readsNumberedBlocksButNotFiguresThatStartALine() {
        let blocks = FreeTextCell.blocks("１ 新技術を活用した取組の推進\nＲ２年度：37事業／年\n\n２ 全庁共通の取組の推進及び横展開")
        #expect(blocks.map(\.name) == ["新技術を活用した取組の推進", "全庁共通の取組の推進及び横展開"])
        #expect(FreeTextCell.blocks("・ 音声翻訳システム導入\n15拠点\n３月仮運用（Ｒ３年度本格運用）").map(\.name) == [nil])
    }

    @Test func continuesAnEmptyYearLineWithTheLinesUnderIt() {
        let blocks = FreeTextCell.blocks("Ｒ３年度：\n（上半期）全庁への環境整備\n（下半期）コピー使用量50％以上削減\n\nＲ４年度：コピー使用量60％以上削減")
        #expect(blocks.count == 1)
        let entries = blocks[0].entries
        #expect(entries.map(\.fiscalYear) == [2021, 2022])
        #expect(entries[0].text == "Ｒ３年度：\n（上半期）全庁への環境整備\n（下半期）コピー使用量50％以上削減")
        #expect(entries[0].quantity.value == 50)
        #expect(entries[0].quantity.indicatorName == "コピー使用量")
        #expect(entries[0].quantity.direction == .decrease)
    }

    @Test func keepsABlockWithoutYearLinesAsQualitativeText() {
        let blocks = FreeTextCell.blocks("○庁内定型業務等の集約\n職員が創造的な仕事に専念できる時間を確保し、県民サービスの向上を図る。")
        #expect(blocks[0].entries.isEmpty)
        #expect(blocks[0].otherText == "職員が創造的な仕事に専念できる時間を確保し、県民サービスの向上を図る。")
    }

    @Test func separatesNextStepsProseFromTheRevisedTargetsUnderIt() {
        let split = FreeTextCell.splitNextSteps("更なる業務効率化を推進するため、行動計画の目標値を再設定。\n○ＡＩ－ＯＣＲ利用枚数\nＲ３年度：２万→6.7万枚")
        #expect(split.prose == "更なる業務効率化を推進するため、行動計画の目標値を再設定。")
        #expect(split.revisions == "○ＡＩ－ＯＣＲ利用枚数\nＲ３年度：２万→6.7万枚")
        #expect(FreeTextCell.linePrefixYear("・Ｒ３年度新規重点施策の検討においてＥＢＰＭの手法を導入。") == nil)
        #expect(FreeTextCell.linePrefixYear("助成数 Ｒ２年度：10件／年") == 2020)
    }
}
