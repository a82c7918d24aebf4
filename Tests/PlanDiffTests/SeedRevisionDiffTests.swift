import Testing
import PlanModel
@testable import PlanDiff

/// The seed's revision (当初 → R3改定) found exactly: four raised targets, two new ones.
@Suite struct SeedRevisionDiffTests {
    let result = PlanDiff.compare(SeedPlans.firstAdopted, SeedPlans.revised)

    /// A change reduced to what the seed states about it.
    struct Summary: Hashable, CustomStringConvertible {
        var kind: ChangeKind
        var initiative: String
        var indicator: String?
        var fiscalYear: Int?
        var old: ChangeValue?
        var new: ChangeValue?
        var description: String { "\(kind) \(indicator ?? "-") \(fiscalYear ?? 0) \(old?.description ?? "nil")→\(new?.description ?? "nil")" }
    }

    func summaries(_ changes: [Change]) -> [Summary] {
        changes.map {
            Summary(
                kind: $0.kind, initiative: $0.initiative, indicator: $0.indicator,
                fiscalYear: $0.fiscalYear, old: $0.old, new: $0.new)
        }
    }

    @Test func findsExactlyTheSeedsRevisionsAndNothingElse() {
        let automation = SeedPlans.automation, paperless = SeedPlans.paperless
        #expect(
            summaries(result.changes) == [
                Summary(kind: .targetChanged, initiative: automation, indicator: "ＡＩ-ＯＣＲ 利用枚数", fiscalYear: 2021, old: .number(20000), new: .number(67000)),
                Summary(kind: .targetChanged, initiative: automation, indicator: "ＡＩ-ＯＣＲ 利用枚数", fiscalYear: 2022, old: .number(30000), new: .number(70000)),
                Summary(kind: .targetChanged, initiative: automation, indicator: "音声テキスト化システム 利用会議数", fiscalYear: 2021, old: .number(250), new: .number(500)),
                Summary(kind: .targetChanged, initiative: automation, indicator: "音声テキスト化システム 利用会議数", fiscalYear: 2022, old: .number(300), new: .number(550)),
                // The new indicator is reported once, followed by the targets it sets.
                Summary(kind: .indicatorAdded, initiative: paperless, indicator: "コピー使用量", fiscalYear: nil, old: nil, new: nil),
                Summary(kind: .targetAdded, initiative: paperless, indicator: "コピー使用量", fiscalYear: 2021, old: nil, new: .number(50)),
                Summary(kind: .targetAdded, initiative: paperless, indicator: "コピー使用量", fiscalYear: 2022, old: nil, new: .number(60)),
            ])
    }

    @Test func raisedTargetsCarryDeltaRatioAndWhereTheRevisionIsRecorded() throws {
        let ocr = result.changes.filter { $0.indicator == "ＡＩ-ＯＣＲ 利用枚数" }
        try #require(ocr.count == 2)
        #expect(ocr[0].delta == 47000)
        #expect(ocr[0].ratio == 3.35)
        #expect(ocr[0].direction == .raised)
        #expect(ocr[0].recordedIn == .new)
        #expect(ocr[0].unit == "枚")
        #expect(ocr[0].newText == "Ｒ３年度：２万→6.7万枚")
        #expect(ocr[1].delta == 40000)
        #expect(ocr[1].ratio == 2.33)
        let voice = result.changes.filter { $0.indicator == "音声テキスト化システム 利用会議数" }
        #expect(voice.map(\.ratio) == [2, 1.83])
        #expect(voice.map(\.delta) == [250, 250])
    }

    @Test func theSamePlanTwiceHasNoChange() {
        #expect(PlanDiff.compare(SeedPlans.revised, SeedPlans.revised).isEmpty)
        #expect(PlanDiff.compare(SeedPlans.firstAdopted, SeedPlans.firstAdopted).isEmpty)
    }

    @Test func comparingBackwardsLowersTheTargetsAndPointsAtTheOldVersionsArrow() {
        let backwards = PlanDiff.compare(SeedPlans.revised, SeedPlans.firstAdopted)
        let lowered = backwards.changes.filter { $0.kind == .targetChanged }
        #expect(lowered.count == 4)
        #expect(lowered.allSatisfy { $0.direction == .lowered && $0.recordedIn == .old })
        #expect(backwards.changes.filter { $0.kind == .indicatorRemoved }.map(\.indicator) == ["コピー使用量"])
        #expect(backwards.changes.filter { $0.kind == .targetRemoved }.map(\.old) == [.number(50), .number(60)])
    }

    @Test func listsTheRevisionsOneVersionRecordsInItsOwnText() {
        let revisions = PlanDiff.revisions(in: SeedPlans.revised)
        #expect(
            revisions.map { [$0.fiscalYear ?? 0, Int($0.old?.number ?? 0), Int($0.new?.number ?? 0)] }
                == [[2021, 20000, 67000], [2022, 30000, 70000], [2021, 250, 500], [2022, 300, 550]])
        #expect(revisions.allSatisfy { $0.kind == .targetChanged && $0.recordedIn == .new })
        #expect(PlanDiff.revisions(in: SeedPlans.firstAdopted).isEmpty)
    }

    @Test func countsChangesByKind() {
        #expect(result.counts.map(\.kind) == [.indicatorAdded, .targetAdded, .targetChanged])
        #expect(result.counts.map(\.count) == [1, 2, 4])
    }
}
