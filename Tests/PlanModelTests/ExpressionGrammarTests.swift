import Testing
@testable import PlanModel

/// Every row of the grammar table of DOMAIN.md, with the stated reading.
@Suite struct ExpressionGrammarTests {
    @Test func fiscalYearValueAndUnit() {
        let parsed = ExpressionParser.parse("Ｒ２年度：50業務")
        #expect(parsed.fiscalYear == FiscalYear(2020))
        #expect(parsed.value == 50)
        #expect(parsed.unit == "業務")
        #expect(parsed.period == nil)
        #expect(parsed.comparator == nil)
        #expect(parsed.indicatorName == nil)
        #expect(parsed.text == "Ｒ２年度：50業務")
    }

    @Test func thousandsSeparatorAndPerYear() {
        let parsed = ExpressionParser.parse("Ｒ２年度：12,000枚／年")
        #expect(parsed.fiscalYear == FiscalYear(2020))
        #expect(parsed.value == 12000)
        #expect(parsed.unit == "枚")
        #expect(parsed.period == .perYear)
        #expect(!parsed.approximate)
    }

    @Test func approximateResult() {
        let parsed = ExpressionParser.parse("約62,000枚／年")
        #expect(parsed.fiscalYear == nil)
        #expect(parsed.value == 62000)
        #expect(parsed.approximate)
        #expect(parsed.unit == "枚")
        #expect(parsed.period == .perYear)
        #expect(parsed.indicatorName == nil)
    }

    @Test func revisionWithManMultiplierInheritsTheUnit() {
        let parsed = ExpressionParser.parse("Ｒ３年度：２万→6.7万枚")
        #expect(parsed.fiscalYear == FiscalYear(2021))
        #expect(parsed.value == 67000)
        #expect(parsed.revisedFrom == 20000)
        #expect(parsed.unit == "枚")
    }

    @Test func revisionOfPlainNumbers() {
        let parsed = ExpressionParser.parse("Ｒ３年度：250→500会議")
        #expect(parsed.fiscalYear == FiscalYear(2021))
        #expect(parsed.value == 500)
        #expect(parsed.revisedFrom == 250)
        #expect(parsed.unit == "会議")
    }

    @Test func atLeastWithUnitAndPeriod() {
        let parsed = ExpressionParser.parse("Ｒ２年度：2,000件以上／年")
        #expect(parsed.value == 2000)
        #expect(parsed.comparator == .atLeast)
        #expect(parsed.unit == "件")
        #expect(parsed.period == .perYear)
    }

    @Test func percentAtLeast() {
        let parsed = ExpressionParser.parse("Ｒ２年度：90%以上")
        #expect(parsed.value == 90)
        #expect(parsed.unit == "%")
        #expect(parsed.comparator == .atLeast)
    }

    @Test func cumulativeWithoutUnit() {
        let parsed = ExpressionParser.parse("Ｒ２年度：28,400／累計")
        #expect(parsed.value == 28400)
        #expect(parsed.unit == nil)
        #expect(parsed.period == .cumulative)
    }

    @Test func millionsPerYearWithoutUnit() {
        let parsed = ExpressionParser.parse("Ｒ２年度：5,350,000／年")
        #expect(parsed.value == 5_350_000)
        #expect(parsed.unit == nil)
        #expect(parsed.period == .perYear)
    }

    @Test func indicatorNameBeforeTheFigureAndReduction() {
        let parsed = ExpressionParser.parse("Ｒ４年度：コピー使用量60％以上削減")
        #expect(parsed.fiscalYear == FiscalYear(2022))
        #expect(parsed.indicatorName == "コピー使用量")
        #expect(parsed.value == 60)
        #expect(parsed.unit == "%")
        #expect(parsed.comparator == .atLeast)
        #expect(parsed.direction == .decrease)
    }

    @Test func reductionAgainstABaselineYearInParentheses() {
        let parsed = ExpressionParser.parse("（Ｒ元年度比コピー使用量61.2％減）")
        #expect(parsed.fiscalYear == nil)
        #expect(parsed.baselineYear == FiscalYear(2019))
        #expect(parsed.indicatorName == "コピー使用量")
        #expect(parsed.value == 61.2)
        #expect(parsed.unit == "%")
        #expect(parsed.direction == .decrease)
    }

    @Test func parentheticalNoteIsKeptBesideTheFigure() {
        let parsed = ExpressionParser.parse("助成数55件（期間限定の緊急応援枠40件を含む）")
        #expect(parsed.indicatorName == "助成数")
        #expect(parsed.value == 55)
        #expect(parsed.unit == "件")
        #expect(parsed.notes == ["期間限定の緊急応援枠40件を含む"])
        #expect(parsed.note == "期間限定の緊急応援枠40件を含む")
    }

    @Test func monthOfTrialOperationIsQualitative() {
        let parsed = ExpressionParser.parse("３月仮運用（Ｒ３年度本格運用）")
        #expect(parsed.isQualitative)
        #expect(parsed.value == nil)
        #expect(parsed.unit == nil)
        #expect(parsed.fiscalYear == nil)
        #expect(parsed.text == "３月仮運用（Ｒ３年度本格運用）")
    }

    @Test func figureFollowedByASentenceIsQualitative() {
        let parsed = ExpressionParser.parse("90%以上達成が困難の見込み")
        #expect(parsed.isQualitative)
        #expect(parsed.comparator == nil)
        #expect(parsed.text == "90%以上達成が困難の見込み")
    }
}
