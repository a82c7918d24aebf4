import Testing
@testable import PlanModel

/// One number formatter for every figure a person reads; none of its functions traps on a value from a file.
@Suite struct PlanNumberTests {
    @Test func printsFiguresWithoutNoiseOrNeedlessDecimals() {
        #expect(PlanNumber.plain(67000) == "67000")
        #expect(PlanNumber.plain(6.7 * 10_000) == "67000")
        #expect(PlanNumber.plain(61.2) == "61.2")
        #expect(PlanNumber.plain(-0.5) == "-0.5")
        #expect(PlanNumber.grouped(5_350_000) == "5,350,000")
        #expect(PlanNumber.grouped(-1234.5) == "-1,234.5")
        #expect(PlanNumber.signed(47000) == "+47,000")
        #expect(PlanNumber.signed(-5) == "-5")
        #expect(PlanNumber.ratio(67000, over: 20000) == 3.35)
        #expect(PlanNumber.percent(5.1666) == "517%")
        #expect(PlanNumber.percent(5.1666, decimals: 1) == "516.7%")
    }

    @Test func extremeValuesPrintWithoutTrapping() {
        #expect(PlanNumber.plain(1e308) == "1e+308")
        #expect(PlanNumber.grouped(1e308) == "1e+308")
        #expect(PlanNumber.plain(1e-300) == "1e-300")
        #expect(PlanNumber.tidy(1e-300) == 1e-300)
        #expect(PlanNumber.plain(-0.0) == "0")
        #expect(PlanNumber.grouped(-0.0) == "0")
        #expect(PlanNumber.plain(.nan) == "NaN")
        #expect(PlanNumber.plain(.infinity) == "∞")
        #expect(PlanNumber.plain(9.2e18) == "9.2e+18")
        #expect(PlanNumber.percent(1e304) == "1e+306%")
        #expect(PlanNumber.percent(1e307) == "1e+307倍")
        #expect(PlanNumber.percent(.nan) == nil)
        #expect(PlanNumber.ratio(1e308, over: 1e-300) == nil)
        #expect(PlanNumber.ratio(5, over: -0.0) == nil)
        #expect(PlanNumber.rounded(1e307, decimals: 3) == 1e307)
    }

    @Test func achievementOfExtremeFiguresIsAFiniteRateOrNone() {
        func indicator(target: Double, actual: Double, direction: Direction = .increase, baseline: Double? = nil) -> Indicator {
            Indicator(
                name: "利用件数", direction: direction,
                targets: [Target(fiscalYear: 2020, value: target, comparator: direction == .increase ? .atLeast : .atMost, text: "")],
                actuals: (baseline.map { [Actual(fiscalYear: 2019, value: $0, text: "")] } ?? [])
                    + [Actual(fiscalYear: 2020, value: actual, text: "")])
        }
        #expect(indicator(target: 1e-300, actual: 1e6).achievementRate(in: 2020) == 1e306)
        #expect(indicator(target: 1e-300, actual: 1e10).achievementRate(in: 2020) == nil)
        #expect(indicator(target: 0, actual: 5).achievementRate(in: 2020) == nil)
        #expect(indicator(target: -0.0, actual: 5).achievementRate(in: 2020) == nil)
        // Reductions past a Double: 1e308 − (−1e308) is infinite, and no rate is made of it.
        #expect(indicator(target: 0, actual: -1e308, direction: .decrease, baseline: 1e308).achievementRate(in: 2020) == nil)
        #expect(indicator(target: -1e308, actual: 1e308, direction: .decrease, baseline: 1e308).achievementRate(in: 2020) == 0)
    }
}
