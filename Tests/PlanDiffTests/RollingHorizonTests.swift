import Foundation
import Testing
import PlanModel
@testable import PlanDiff

/// Plan versions that cover different fiscal years: the first-adopted plan (R2–R4) against
/// an R3 revision that covers R3–R4 only, as a rolling plan is revised.
@Suite struct RollingHorizonTests {
    /// The Samples' revised plan as an R3 revision covering R3 and R4 only: every R2 target dropped.
    static func r3Revision() throws -> Plan {
        var plan = try SamplesDiffTests().plan("plans/revised.json")
        for i in plan.initiatives.indices {
            for j in plan.initiatives[i].indicators.indices {
                plan.initiatives[i].indicators[j].targets.removeAll { $0.fiscalYear == 2020 }
            }
        }
        return plan
    }

    static func rows(_ result: DiffResult) -> [[String]] {
        result.changes.map {
            [
                $0.kind.rawValue, $0.indicator ?? "", $0.fiscalYear.map(String.init) ?? "",
                $0.old?.description ?? "", $0.new?.description ?? "",
            ]
        }
    }

    @Test func aRevisionCoveringLaterYearsOnlyShowsExactlyTheRealRevisions() throws {
        let old = try SamplesDiffTests().plan("plans/first-adopted.json"), new = try Self.r3Revision()
        #expect(old.fiscalYears == [2020, 2021, 2022])
        #expect(new.fiscalYears == [2021, 2022])
        let result = PlanDiff.compare(old, new)
        #expect(Self.rows(result) == SamplesDiffTests.seedRevisions)
        #expect(!result.changes.contains { $0.fiscalYear == 2020 })
        #expect(result.horizon.compared == [2021, 2022])
        #expect(result.horizon.oldOnly == [2020])
        #expect(result.horizon.newOnly == [])
    }

    @Test func aTargetRemovedWithinBothHorizonsIsStillRemoved() throws {
        var new = try Self.r3Revision()
        let index = try #require(new.initiatives.firstIndex { $0.title == SeedPlans.automation })
        let ocr = try #require(new.initiatives[index].indicators.firstIndex { $0.name == "ＡＩ-ＯＣＲ 利用枚数" })
        new.initiatives[index].indicators[ocr].targets.removeAll { $0.fiscalYear == 2022 }
        let result = PlanDiff.compare(try SamplesDiffTests().plan("plans/first-adopted.json"), new)
        let removed = result.changes.filter { $0.kind == .targetRemoved }
        #expect(
            removed.map { [$0.indicator ?? "", String($0.fiscalYear ?? 0), $0.old?.description ?? ""] }
                == [["ＡＩ-ＯＣＲ 利用枚数", "2022", "30000"]])
    }

    @Test func targetsOfYearsOnlyTheNewVersionCoversAreNotChangesEither() throws {
        var old = try SamplesDiffTests().plan("plans/revised.json")
        var new = old
        new.version = "R4改定"
        for i in old.initiatives.indices {
            for j in old.initiatives[i].indicators.indices {
                old.initiatives[i].indicators[j].targets.removeAll { $0.fiscalYear == 2022 }
            }
        }
        let result = PlanDiff.compare(old, new)
        #expect(result.isEmpty)
        #expect(result.horizonSentence == "比較した年度: R2, R3（R4 は R4改定 のみの年度のため比較対象外）")
    }

    @Test func theSummaryOfEveryRenderingSaysWhichYearsWereCompared() throws {
        let result = PlanDiff.compare(try SamplesDiffTests().plan("plans/first-adopted.json"), try Self.r3Revision())
        let sentence = "比較した年度: R3, R4（R2 は 当初 のみの年度のため比較対象外）"
        #expect(result.horizonSentence == sentence)
        let text = DiffTextRenderer().render(result).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text[1] == Substring(sentence))
        #expect(DiffMarkdownRenderer().render(result).contains("\n\n" + sentence + "\n\n"))
        #expect(DiffHTMLRenderer().render(result).contains("<p class=\"horizon\">\(sentence)</p>"))
        let csv = DiffCSVRenderer().render(result).components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",oldFiscalYears,newFiscalYears"))
        #expect(csv[1].hasSuffix(",2020 2021 2022,2021 2022"))
    }

    @Test func theJSONCarriesEachSidesHorizon() throws {
        let result = PlanDiff.compare(try SamplesDiffTests().plan("plans/first-adopted.json"), try Self.r3Revision())
        let json = try #require(try JSONSerialization.jsonObject(with: result.jsonData()) as? [String: Any])
        let old = try #require(json["old"] as? [String: Any]), new = try #require(json["new"] as? [String: Any])
        #expect(old["version"] as? String == "当初")
        #expect(old["fiscalYears"] as? [Int] == [2020, 2021, 2022])
        #expect(new["fiscalYears"] as? [Int] == [2021, 2022])
        let decoded = try JSONDecoder().decode(DiffResult.self, from: result.jsonData())
        #expect(decoded.old.fiscalYears == [2020, 2021, 2022])
        #expect(decoded.horizon == result.horizon)
    }

    @Test func versionsWithoutAnyYearCompareEveryTarget() {
        let qualitative = { (text: String) in
            Plan(
                version: text,
                initiatives: [
                    Initiative(
                        title: "ＥＢＰＭの推進",
                        indicators: [
                            Indicator(name: "ＥＢＰＭ", targets: [Target(fiscalYear: nil, value: nil, text: text)])
                        ])
                ])
        }
        let result = PlanDiff.compare(qualitative("全事業に導入"), qualitative("半数の事業に導入"))
        #expect(result.changes.map(\.kind) == [.targetTextChanged])
        #expect(result.horizonSentence == nil)
    }
}
