import Foundation
import Testing
import PlanModel

/// The facts of the generated layouts (Fixtures/layouts) and the rules that score an import against them.
@Suite struct VariedLayoutScoreTests {
    /// The revised plan of the Samples, reduced to one department: what a perfect import of a
    /// single-variation workbook gives.
    static func samplesPlan(department: String) throws -> Plan {
        var plan = try SampleFiles.plan(at: SampleFiles.root.appendingPathComponent("plans/revised.json"))
        plan.initiatives = plan.initiatives.filter { $0.department == department }
        return plan
    }

    @Test func theCommittedLayoutsAreThe43SingleVariationsAnd40Combinations() {
        let names = VariedLayoutExpectation.workbookNames
        #expect(names.count == 83)
        #expect(names.contains("43-target-and-result-cells.xlsx"))
        #expect(names.first == "01-year-over-kind.xlsx")
        #expect(names.filter { $0.contains("mixed-table") || $0.contains("free-text") }.count == 40)
    }

    @Test func everyExpectedFactIsInTheSamplesPlan() throws {
        let plan = try SampleFiles.plan(at: SampleFiles.root.appendingPathComponent("plans/revised.json"))
        for name in VariedLayoutExpectation.workbookNames {
            let expected = try VariedLayoutExpectation.load(name)
            #expect(!expected.facts.isEmpty, "\(name)")
            let score = VariedLayoutScore(expected: expected, plan: plan)
            #expect(score.found == score.facts, "\(name): \(score)")
        }
    }

    @Test func aPerfectImportFindsEveryFact() throws {
        let expected = try VariedLayoutExpectation.load(variation: "year-over-kind")
        let score = VariedLayoutScore(expected: expected, plan: try Self.samplesPlan(department: "企画財政部"))
        #expect(score.facts == 33)
        #expect(score.found == 33)
        #expect(score.meetsGoal)
    }

    @Test func aStatusReadTheWrongWayIsAWrongStatus() throws {
        let expected = try VariedLayoutExpectation.load(variation: "status-symbols")
        var plan = try Self.samplesPlan(department: "企画財政部")
        let delayed = try #require(plan.initiatives.firstIndex { $0.status == .delayed })
        plan.initiatives[delayed].status = .onTrack
        let score = VariedLayoutScore(expected: expected, plan: plan)
        #expect(score.wrongStatuses == 1)
        #expect(score.found == score.facts - 1)
        #expect(!score.meetsGoal)
    }

    @Test func anOldTargetFromAHiddenColumnIsAHiddenValueAndAWrongValue() throws {
        let expected = try VariedLayoutExpectation.load(variation: "hidden-old-targets")
        #expect(expected.hiddenValues.map(\.value) == [20000, 30000, 250, 300])
        var plan = try Self.samplesPlan(department: "企画財政部")
        plan.initiatives[0].indicators[1].targets[1].value = 20000
        let score = VariedLayoutScore(expected: expected, plan: plan)
        #expect(score.hiddenImported == 1)
        #expect(score.wrongValues == 1)
        #expect(!score.meetsGoal)
    }

    @Test func aSectionHeadingImportedAsAnInitiativeIsCounted() throws {
        let expected = try VariedLayoutExpectation.load(variation: "section-headings")
        var plan = try Self.samplesPlan(department: "企画財政部")
        plan.initiatives.append(Initiative(title: "（１）県庁のＩＣＴ化・働き方改革"))
        let score = VariedLayoutScore(expected: expected, plan: plan)
        #expect(score.headingsImported == 1)
        #expect(score.found == score.facts)
        #expect(!score.meetsGoal)
    }
}
