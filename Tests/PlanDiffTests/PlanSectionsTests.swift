import Testing
import PlanModel
@testable import PlanDiff

@Suite struct PlanSectionsTests {
    @Test func sectionsKeepOrderOfFirstAppearance() {
        let plan = Plan(initiatives: [
            Initiative(section: "県庁のＩＣＴ化・働き方改革", title: "a"),
            Initiative(section: "多様な主体との連携・県民参画の推進", title: "b"),
            Initiative(section: "県庁のＩＣＴ化・働き方改革", title: "c"),
        ])
        #expect(plan.sections == ["県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進"])
    }
}
