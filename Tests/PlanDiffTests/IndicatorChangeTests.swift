import Testing
import PlanModel
@testable import PlanDiff

/// Changes inside a matched initiative: indicators, units, targets per year, results.
@Suite struct IndicatorChangeTests {
    func initiative(_ indicators: [Indicator]) -> Plan {
        Plan(initiatives: [Initiative(title: "「まいたま」を活用した広報の充実", department: "県民生活部", indicators: indicators)])
    }

    func accessCount(name: String = "「まいたま」のアクセス数", unit: String? = "件", targets: [Target] = [], actuals: [Actual] = []) -> Indicator {
        Indicator(name: name, unit: unit, period: .perYear, targets: targets, actuals: actuals)
    }

    @Test func changedUnitIsReportedWithOldAndNewUnit() {
        let changes = PlanDiff.compare(initiative([accessCount(unit: "件")]), initiative([accessCount(unit: "回")])).changes
        #expect(changes.map(\.kind) == [.unitChanged])
        #expect(changes.first?.old == .text("件"))
        #expect(changes.first?.new == .text("回"))
    }

    @Test func renamedIndicatorKeepsItsTargetsPaired() {
        let target = Target(fiscalYear: 2020, value: 5_350_000, text: "Ｒ２年度：5,350,000／年")
        let old = initiative([accessCount(name: "「まいたま」のアクセス数", targets: [target])])
        let new = initiative([accessCount(name: "「まいたま」アプリのアクセス数", targets: [target])])
        let changes = PlanDiff.compare(old, new).changes
        #expect(changes.map(\.kind) == [.indicatorRenamed])
        #expect(changes.first?.oldName == "「まいたま」のアクセス数")
        #expect(changes.first?.indicator == "「まいたま」アプリのアクセス数")
        #expect((changes.first?.similarity ?? 0) >= 0.6)
    }

    @Test func removedIndicatorTakesItsTargetsAlong() {
        let old = initiative([accessCount(targets: [Target(fiscalYear: 2020, value: 5_350_000, text: "Ｒ２年度：5,350,000／年")])])
        let changes = PlanDiff.compare(old, initiative([])).changes
        #expect(changes.map(\.kind) == [.indicatorRemoved, .targetRemoved])
        #expect(changes[1].old == .number(5_350_000))
        #expect(changes[1].fiscalYear == 2020)
    }

    @Test func loweredTargetHasNegativeDelta() {
        let old = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: 5_350_000, text: "")])])
        let new = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: 4_500_000, text: "")])])
        let change = PlanDiff.compare(old, new).changes.first
        #expect(change?.kind == .targetChanged)
        #expect(change?.direction == .lowered)
        #expect(change?.delta == -850_000)
        #expect(change?.ratio == 0.84)
        #expect(change?.recordedIn == nil)
    }

    @Test func targetDroppedForOneYearIsRemovedForThatYearOnly() {
        // Another indicator keeps R3 in the new version's horizon: the R3 target was dropped, not left uncovered.
        let downloads = accessCount(name: "ダウンロード数", targets: [Target(fiscalYear: 2021, value: 100, text: "Ｒ３年度：100件")])
        let old = initiative([
            accessCount(targets: [
                Target(fiscalYear: 2020, value: 4, text: "Ｒ２年度：４回／年"),
                Target(fiscalYear: 2021, value: 4, text: "Ｒ３年度：４回／年"),
            ]), downloads,
        ])
        let new = initiative([accessCount(targets: [Target(fiscalYear: 2020, value: 4, text: "Ｒ２年度：4回/年")]), downloads])
        let changes = PlanDiff.compare(old, new).changes
        #expect(changes.map(\.kind) == [.targetRemoved])
        #expect(changes.first?.fiscalYear == 2021)
    }

    @Test func revisionRecordedInTheNewVersionWithoutAnOldTargetIsStillAChange() {
        let new = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: 67000, revisedFrom: 20000, text: "Ｒ３年度：２万→6.7万枚")])])
        let change = PlanDiff.compare(initiative([accessCount()]), new).changes.first
        #expect(change?.kind == .targetChanged)
        #expect(change?.old == .number(20000))
        #expect(change?.new == .number(67000))
        #expect(change?.recordedIn == .new)
    }

    @Test func qualitativeTargetWordingChange() {
        let old = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: nil, text: "３月仮運用（Ｒ３年度本格運用）")])])
        let same = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: nil, text: "3月仮運用 (R3年度本格運用)")])])
        let new = initiative([accessCount(targets: [Target(fiscalYear: 2021, value: nil, text: "Ｒ３年度本格運用")])])
        #expect(PlanDiff.compare(old, same).isEmpty)
        let changes = PlanDiff.compare(old, new).changes
        #expect(changes.map(\.kind) == [.targetTextChanged])
        #expect(changes.first?.new == .text("Ｒ３年度本格運用"))
    }

    @Test func changedAndNewlyReportedResults() {
        let old = initiative([accessCount(actuals: [Actual(fiscalYear: 2020, value: 4_000_000, text: "4,000,000／年")])])
        let new = initiative([
            accessCount(actuals: [
                Actual(fiscalYear: 2020, value: 4_217_829, text: "4,217,829／年"),
                Actual(fiscalYear: 2021, value: 4_500_000, text: "4,500,000／年"),
            ])
        ])
        let changes = PlanDiff.compare(old, new).changes
        #expect(changes.map(\.kind) == [.actualChanged, .actualChanged])
        #expect(changes[0].delta == 217_829)
        #expect(changes[1].old == nil)
        #expect(changes[1].new == .number(4_500_000))
        #expect(PlanDiff.compare(old, new, options: DiffOptions(comparesActuals: false)).isEmpty)
    }
}
