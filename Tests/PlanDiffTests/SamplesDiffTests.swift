import Foundation
import Testing
import PlanModel
@testable import PlanDiff

/// The Samples' plan JSON (generated from the seed by Scripts/make_samples.py) diffed as shipped.
@Suite struct SamplesDiffTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    /// The seed's revisions between the two versions: kind, indicator, year, old, new.
    static let seedRevisions = [
        ["targetChanged", "ＡＩ-ＯＣＲ 利用枚数", "2021", "20000", "67000"],
        ["targetChanged", "ＡＩ-ＯＣＲ 利用枚数", "2022", "30000", "70000"],
        ["targetChanged", "音声テキスト化システム 利用会議数", "2021", "250", "500"],
        ["targetChanged", "音声テキスト化システム 利用会議数", "2022", "300", "550"],
        ["indicatorAdded", "コピー使用量", "", "", ""],
        ["targetAdded", "コピー使用量", "2021", "", "50"],
        ["targetAdded", "コピー使用量", "2022", "", "60"],
    ]

    func plan(_ path: String) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: Data(contentsOf: Self.samples.appendingPathComponent(path)))
    }

    @Test func samplesFirstAdoptedAgainstRevisedFindsExactlyTheSeedsRevisions() throws {
        let result = PlanDiff.compare(try plan("plans/first-adopted.json"), try plan("plans/revised.json"))
        let rows = RollingHorizonTests.rows(result)
        #expect(rows == Self.seedRevisions)
        #expect(result.changes.prefix(4).allSatisfy { $0.initiative == SeedPlans.automation && $0.direction == .raised })
        #expect(result.changes.suffix(3).allSatisfy { $0.initiative == SeedPlans.paperless })
    }

    @Test func theTwoSubmissionLayoutsOfOneVersionAreTheSamePlan() throws {
        #expect(PlanDiff.compare(try plan("expected/revised-table.json"), try plan("expected/revised-free-text.json")).isEmpty)
        #expect(PlanDiff.compare(try plan("expected/first-adopted-table.json"), try plan("plans/first-adopted.json")).isEmpty)
    }
}
