import Testing
@testable import PlanModel

@Suite struct AchievementTests {
    @Test func increaseIndicatorRateIsActualOverTarget() {
        let indicator = Indicator(
            name: "開催回数", targets: [Target(fiscalYear: 2020, value: 4, comparator: .atLeast, text: "4回")],
            actuals: [Actual(fiscalYear: 2020, value: 2, text: "2回")])
        #expect(indicator.achievementRate(in: 2020) == 0.5)
        #expect(indicator.isBehind(in: 2020))
        #expect(indicator.behindYears == [2020])
        #expect(indicator.achievementRate(in: 2021) == nil)
        #expect(!indicator.isBehind(in: 2021))
    }

    @Test func decreaseIndicatorWithReductionFiguresComparesTheReductions() {
        let indicator = Indicator(
            name: "コピー使用量", unit: "%", direction: .decrease,
            targets: [Target(fiscalYear: 2022, value: 60, comparator: .atLeast, text: "60％以上削減")],
            actuals: [Actual(fiscalYear: 2022, value: 45, text: "45％減")])
        #expect(indicator.achievementRate(in: 2022) == 0.75)
        #expect(indicator.isBehind(in: 2022))
    }

    @Test func decreaseIndicatorWithLevelsCountsTheReductionFromTheBaseline() {
        let indicator = Indicator(
            name: "時間外勤務", unit: "時間", direction: .decrease,
            targets: [Target(fiscalYear: 2021, value: 100, comparator: .atMost, text: "100時間以下")],
            actuals: [
                Actual(fiscalYear: 2019, value: 200, text: "200時間"),
                Actual(fiscalYear: 2021, value: 150, text: "150時間"),
            ])
        // Target reduction 200 → 100 = 100; achieved 200 → 150 = 50.
        #expect(indicator.achievementRate(in: 2021) == 0.5)
        #expect(indicator.isBehind(in: 2021))
    }

    @Test func decreaseLevelWithoutABaselineHasNoRate() {
        let indicator = Indicator(
            name: "時間外勤務", direction: .decrease,
            targets: [Target(fiscalYear: 2021, value: 100, comparator: .atMost, text: "100時間以下")],
            actuals: [Actual(fiscalYear: 2021, value: 90, text: "90時間")])
        #expect(indicator.achievementRate(in: 2021) == nil)
        #expect(!indicator.isBehind(in: 2021))
    }

    @Test(arguments: [
        (Comparator.atLeast, 10.0, false), (.atLeast, 9.0, true), (.above, 10.0, true), (.above, 11.0, false),
        (.atMost, 10.0, false), (.atMost, 11.0, true), (.below, 10.0, true), (.below, 9.0, false),
        (.exactly, 10.0, false), (.exactly, 9.0, true),
    ])
    func behindFollowsTheComparator(comparator: Comparator, actual: Double, behind: Bool) {
        let indicator = Indicator(
            name: "x", targets: [Target(fiscalYear: 2020, value: 10, comparator: comparator, text: "10")],
            actuals: [Actual(fiscalYear: 2020, value: actual, text: "\(actual)")])
        #expect(indicator.isBehind(in: 2020) == behind)
    }

    @Test func qualitativeFiguresAreNeverBehind() {
        let indicator = Indicator(
            name: "x", targets: [Target(fiscalYear: 2020, value: 90, comparator: .atLeast, text: "90%以上")],
            actuals: [Actual(fiscalYear: 2020, value: nil, text: "90%以上達成が困難の見込み")])
        #expect(!indicator.isBehind(in: 2020))
        #expect(indicator.comparableYears.isEmpty)
    }

    @Test func delayedInitiativesAreNotInconsistentWhenBehind() {
        let indicator = Indicator(
            name: "x", targets: [Target(fiscalYear: 2020, value: 10, comparator: .atLeast, text: "10")],
            actuals: [Actual(fiscalYear: 2020, value: 5, text: "5")])
        #expect(Initiative(title: "t", status: .delayed, indicators: [indicator]).statusInconsistencies.isEmpty)
        #expect(Initiative(title: "t", status: nil, indicators: [indicator]).statusInconsistencies.isEmpty)
        #expect(Initiative(title: "t", status: .onTrack, indicators: [indicator]).statusInconsistencies.count == 1)
    }
}
