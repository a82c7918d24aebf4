import Testing
@testable import PlanModel

@Suite struct CellBlockSplitterTests {
    @Test func splitsBulletedBlocksWithTheNameAboveTheYearLines() {
        let blocks = CellBlockSplitter.split("○ＲＰＡ 導入業務数\nＲ２年度：50業務\nＲ３年度：60業務\n\n●ＡＩ-ＯＣＲ 利用枚数\nＲ２年度：12,000枚／年")
        #expect(blocks.map(\.heading) == ["ＲＰＡ 導入業務数", "ＡＩ-ＯＣＲ 利用枚数"])
        #expect(blocks[0].lines.map(\.value) == [50, 60])
        #expect(blocks[0].lines.map(\.fiscalYear) == [FiscalYear(2020), FiscalYear(2021)])
        #expect(blocks[1].lines.map(\.text) == ["Ｒ２年度：12,000枚／年"])
    }

    @Test func splitsNumberedItemsButNotFigures() {
        let blocks = CellBlockSplitter.split("１ 新技術を活用した取組の推進\nＲ２年度：37事業／年\n２ 全庁共通の取組の推進及び横展開\n(3) 研修\n① 周知")
        #expect(blocks.map(\.heading) == ["新技術を活用した取組の推進", "全庁共通の取組の推進及び横展開", "研修", "周知"])
        #expect(CellBlockSplitter.split("15拠点").map(\.heading) == [nil])
        #expect(CellBlockSplitter.split("2 件").map(\.heading) == [nil])
    }

    @Test func namesTheHeadingOfABulletedOrNumberedLineOnly() {
        #expect(CellBlockSplitter.headingName(of: "○ＡＩ－ＯＣＲ利用枚数") == "ＡＩ－ＯＣＲ利用枚数")
        #expect(CellBlockSplitter.headingName(of: "２ 全庁共通の取組の推進及び横展開") == "全庁共通の取組の推進及び横展開")
        #expect(CellBlockSplitter.headingName(of: "15拠点") == nil)
        #expect(CellBlockSplitter.headingName(of: "３月仮運用（Ｒ３年度本格運用）") == nil)
        #expect(CellBlockSplitter.headingName(of: "Ｒ２年度：37事業／年") == nil)
    }

    @Test func middleDotAndNoteMarkAreRemarksInsideABlock() {
        let blocks = CellBlockSplitter.split("◎研修の実施\n・ 新任職員\n※ オンライン")
        #expect(blocks.count == 1)
        #expect(blocks[0].lines.map(\.text) == ["・ 新任職員", "※ オンライン"])
    }

    @Test func joinsLinesWrappedInTheMiddleOfAWordOrParenthesis() {
        let blocks = CellBlockSplitter.split("○経営目標や経営指標達成率（指定出資法人\nが中期経営計画において設定）\nＲ２年度：75％以上")
        #expect(blocks.map(\.heading) == ["経営目標や経営指標達成率（指定出資法人が中期経営計画において設定）"])
        #expect(blocks[0].lines.map(\.value) == [75])
    }

    @Test func aFigureOnTheHeadingLineIsReadToo() {
        let blocks = CellBlockSplitter.split("○ＲＰＡ 導入業務数：51業務")
        #expect(blocks.map(\.heading) == ["ＲＰＡ 導入業務数"])
        #expect(blocks[0].lines.map(\.value) == [51])
    }

    @Test func aDifferentlyNamedFigureStartsItsOwnBlock() {
        let blocks = CellBlockSplitter.split("助成数 Ｒ２年度：10件／年\n交付額 Ｒ２年度：500万円")
        #expect(blocks.map(\.name) == ["助成数", "交付額"])
        #expect(blocks[1].lines.first?.value == 5_000_000)
        #expect(blocks[1].lines.first?.unit == "円")
    }

    @Test func blankCellHasNoBlocks() {
        #expect(CellBlockSplitter.split("").isEmpty)
        #expect(CellBlockSplitter.split(" \n　\r\n").isEmpty)
    }

    @Test func splitsTheCauseOfDelayFromTheResult() {
        let cell = ResultCellText("15団体\n【遅れが生じている要因】\n費用面での調整が難航したため。\n")
        #expect(cell.result == "15団体")
        #expect(cell.delayReason == "費用面での調整が難航したため。")
        #expect(ResultCellText("51業務").delayReason == nil)
        #expect(ResultCellText("51業務").result == "51業務")
        #expect(ResultCellText("2回【遅れの要因】中止").delayReason == "中止")
        #expect(ResultCellText("【参考】2回").delayReason == nil)
    }

    @Test func pairsBlocksByNameThenContainmentThenOrder() {
        let reading = IndicatorReader.read(
            targetText: "○ＡＩ－ＯＣＲ利用枚数\nＲ２年度：12,000枚\n○ＲＰＡ導入業務数\nＲ２年度：50業務",
            resultText: "○ＲＰＡ 導入業務数\n51業務\n○ＡＩ-ＯＣＲ 利用枚数\n約62,000枚",
            resultYear: FiscalYear(2020))
        #expect(reading.indicators.map(\.name) == ["ＡＩ－ＯＣＲ利用枚数", "ＲＰＡ導入業務数"])
        #expect(reading.indicators.map { $0.actuals.first?.value } == [62000, 51])
    }

    @Test func unmatchedResultsFollowAsIndicatorsWithoutTargets() {
        let reading = IndicatorReader.read(
            targetText: "○Ａ\nＲ２年度：1件\n○Ｂ\nＲ２年度：2件",
            resultText: "○Ｃ\n3件", resultYear: FiscalYear(2020))
        #expect(reading.indicators.map(\.name) == ["Ａ", "Ｂ", "Ｃ"])
        #expect(reading.indicators[2].targets.isEmpty)
        #expect(reading.indicators[2].actuals.first?.value == 3)
        #expect(reading.indicators[0].actuals.isEmpty)
    }

    @Test func resultsNamingTheirOwnYearsKeepThem() {
        let reading = IndicatorReader.read(
            targetText: "○Ａ\nＲ２年度：10件", resultText: "○Ａ\nＲ元年度：8件\nＲ２年度：12件",
            resultYear: FiscalYear(2020))
        #expect(reading.indicators[0].actuals.map(\.fiscalYear) == [2019, 2020])
        #expect(reading.indicators[0].actuals.map(\.value) == [8, 12])
        #expect(reading.indicators[0].actuals.map(\.text) == ["Ｒ元年度：8件", "Ｒ２年度：12件"])
    }
}
