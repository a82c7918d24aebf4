import Foundation
import Testing
@testable import PlanModel

@Suite struct PlanJSONShapeTests {
    @Test func encodesEveryContractKeyIncludingNulls() throws {
        let plan = Plan(
            title: "行財政改革行動計画", version: "R3改定",
            initiatives: [
                Initiative(
                    id: "1-1", title: "ＲＰＡ導入", status: .onTrack,
                    indicators: [
                        Indicator(
                            name: "ＲＰＡ 導入業務数", unit: "業務",
                            targets: [
                                Target(fiscalYear: 2020, value: 50, comparator: .atLeast, text: "Ｒ２年度：50業務")
                            ])
                    ])
            ])
        let data = try JSONEncoder().encode(plan)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "plansheet.plan/1")
        let initiative = try #require((object["initiatives"] as? [[String: Any]])?.first)
        #expect(initiative["delayReason"] is NSNull)
        #expect(initiative["status"] as? String == "onTrack")
        #expect(try JSONDecoder().decode(Plan.self, from: data) == plan)
    }
}
