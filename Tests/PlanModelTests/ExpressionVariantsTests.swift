import Testing
@testable import PlanModel

/// Forms beyond the grammar table: every comparator, approximation word, arrow and period,
/// kanji numerals, and the words that must not be read as numbers.
@Suite struct ExpressionVariantsTests {
    @Test(arguments: [("100時間以下", Comparator.atMost), ("5件超", .above), ("3件未満", .below), ("10人以上", .atLeast)])
    func readsEveryComparator(text: String, comparator: Comparator) {
        #expect(ExpressionParser.parse(text).comparator == comparator, "\(text)")
    }

    @Test(arguments: ["約50件", "およそ50件", "概ね50件", "50件程度", "Ｒ２年度：約 50件"])
    func readsEveryApproximationWord(text: String) {
        let parsed = ExpressionParser.parse(text)
        #expect(parsed.value == 50, "\(text)")
        #expect(parsed.approximate, "\(text)")
        #expect(parsed.indicatorName == nil, "\(text)")
    }

    @Test(arguments: ["2020（R2）：50業務", "R2(2020)：50業務", "2020年度（令和2年度）：50業務", "２０２０（Ｒ２）： 50業務"])
    func readsAYearLineWhoseYearHasItsAliasInBrackets(text: String) {
        let parsed = ExpressionParser.parse(text)
        #expect(parsed.fiscalYear == FiscalYear(2020), "\(text)")
        #expect(parsed.value == 50, "\(text)")
        #expect(parsed.unit == "業務", "\(text)")
        #expect(FreeTextCell.linePrefixYear(text) == 2020, "\(text)")
    }

    @Test func aBracketAfterAYearThatNamesAnotherYearStaysANote() {
        let parsed = ExpressionParser.parse("Ｒ２年度：50業務（2019年度比）")
        #expect(parsed.fiscalYear == FiscalYear(2020))
        #expect(parsed.value == 50)
    }

    @Test(arguments: ["250→500会議", "250⇒500会議", "250->500会議", "250－＞500会議", "250 → 500会議"])
    func readsEveryRevisionArrow(text: String) {
        let parsed = ExpressionParser.parse(text)
        #expect(parsed.revisedFrom == 250, "\(text)")
        #expect(parsed.value == 500, "\(text)")
        #expect(parsed.unit == "会議", "\(text)")
    }

    @Test func oldValueKeepsItsOwnUnitWhenTheNewOneHasNone() {
        let parsed = ExpressionParser.parse("２万枚→７万")
        #expect(parsed.revisedFrom == 20000)
        #expect(parsed.value == 70000)
        #expect(parsed.unit == "枚")
    }

    @Test(arguments: [
        ("10件／年", Period.perYear), ("10件/年度", .perYear), ("28,400／累計", .cumulative),
        ("3回／月", .perMonth), ("500人（累計）", .cumulative),
    ])
    func readsEveryPeriod(text: String, period: Period) {
        #expect(ExpressionParser.parse(text).period == period, "\(text)")
    }

    @Test func readsKanjiNumeralsAsFigures() {
        #expect(ExpressionParser.parse("二万枚").value == 20000)
        #expect(ExpressionParser.parse("目標：十五件").value == 15)
        #expect(ExpressionParser.parse("三千五百人以上").value == 3500)
        #expect(ExpressionParser.parse("五件").value == 5)
    }

    @Test func readsAFiscalYearInAnyFormBeforeTheFigure() {
        #expect(ExpressionParser.parse("令和３年度：100件").fiscalYear == FiscalYear(2021))
        #expect(ExpressionParser.parse("FY2022 100件").fiscalYear == FiscalYear(2022))
        #expect(ExpressionParser.parse("2023年度 100件").fiscalYear == FiscalYear(2023))
        #expect(ExpressionParser.parse("Ｈ３０年度：80件").fiscalYear == FiscalYear(2018))
    }

    @Test func aLoneFiscalYearLabelHeadsTheLinesBelow() {
        #expect(ExpressionParser.parse("Ｒ３年度：").isFiscalYearHeading)
        #expect(!ExpressionParser.parse("Ｒ３年度：100件").isFiscalYearHeading)
        #expect(!ExpressionParser.parse("100件").isFiscalYearHeading)
    }

    @Test func increaseWordsAreRead() {
        let parsed = ExpressionParser.parse("来庁者数10%増")
        #expect(parsed.direction == .increase)
        #expect(parsed.indicatorName == "来庁者数")
    }

    @Test func reductionLinkedByNoParticle() {
        let parsed = ExpressionParser.parse("コピー使用量を60％以上の削減")
        #expect(parsed.indicatorName == "コピー使用量")
        #expect(parsed.value == 60)
        #expect(parsed.comparator == .atLeast)
        #expect(parsed.direction == .decrease)
    }

    @Test func namesKeepTheirFullWidthForm() {
        let parsed = ExpressionParser.parse("ＡＩ－ＯＣＲ利用枚数：１２，０００枚")
        #expect(parsed.indicatorName == "ＡＩ－ＯＣＲ利用枚数")
        #expect(parsed.value == 12000)
    }

    @Test(arguments: [
        "一部実施", "一層の推進", "千葉県", "万全の体制", "第三者評価の実施", "COVID19対策",
        "R2年度から3年度まで", "１ 新技術を活用した取組の推進", "10～20件", "3月末", "1,2件",
    ])
    func wordsWithNumeralsAreNotFigures(text: String) {
        #expect(ExpressionParser.parse(text).value == nil, "\(text)")
    }

    @Test func aSecondFiscalYearMakesTheLineQualitative() {
        let parsed = ExpressionParser.parse("Ｒ３年度～Ｒ５年度：100件")
        #expect(parsed.value == nil)
    }
}
