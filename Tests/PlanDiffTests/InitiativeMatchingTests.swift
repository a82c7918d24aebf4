import Testing
import PlanModel
@testable import PlanDiff

/// Pairing initiatives between versions: renames, additions, removals, moves, and
/// differences that are not changes at all.
@Suite struct InitiativeMatchingTests {
    let base = SeedPlans.firstAdopted

    func plan(_ edit: (inout [Initiative]) -> Void) -> Plan {
        var initiatives = base.initiatives
        edit(&initiatives)
        return Plan(title: base.title, version: "edited", initiatives: initiatives)
    }

    @Test func renamedInitiativeIsOneRenameWithItsSimilarity() throws {
        let renamed = plan {
            $0[1].title = "ＡＩ等の新技術を活用した業務効率化の推進"; $0[1].id = nil
        }
        let changes = PlanDiff.compare(base, renamed).changes
        try #require(changes.count == 1)
        #expect(changes[0].kind == .initiativeRenamed)
        #expect(changes[0].initiative == "ＡＩ等の新技術を活用した業務効率化の推進")
        #expect(changes[0].oldTitle == SeedPlans.newTechnology)
        #expect(changes[0].similarity == 0.63) // 12 shared bigrams of 19 + 19
    }

    @Test func aRenameBelowTheThresholdIsARemovalAndAnAddition() {
        let renamed = plan {
            $0[1].title = "ＡＩ等の新技術を活用した業務効率化の推進"; $0[1].id = nil
        }
        let strict = PlanDiff.compare(base, renamed, options: DiffOptions(threshold: 0.8)).changes
        #expect(strict.map(\.kind) == [.initiativeAdded, .initiativeRemoved])
    }

    @Test func sameIDWithAnUnrelatedTitleIsNotARename() {
        let replaced = plan {
            $0[6].title = "スマートステーションによる定型業務の集約化・効率化"; $0[6].indicators = []
        }
        let changes = PlanDiff.compare(base, replaced).changes
        #expect(changes.map(\.kind) == [.initiativeAdded, .initiativeRemoved])
        #expect(changes.map(\.initiative) == ["スマートステーションによる定型業務の集約化・効率化", "「どこでも知事室」の実施"])
    }

    @Test func addedAndRemovedInitiativesAreNamedByTheirTitles() {
        let edited = plan {
            $0.remove(at: 6)
            $0.append(
                Initiative(
                    section: SeedPlans.partnership, title: "スマートステーションによる定型業務の集約化・効率化",
                    department: "総務部"))
        }
        let changes = PlanDiff.compare(base, edited).changes
        #expect(changes.map(\.kind) == [.initiativeAdded, .initiativeRemoved])
        #expect(changes[0].department == "総務部")
        #expect(changes[1].initiative == "「どこでも知事室」の実施")
    }

    @Test func movedInitiativeReportsEachPlacementThatChanged() {
        let moved = plan {
            $0[4].section = SeedPlans.management; $0[4].department = "福祉部"
        }
        let changes = PlanDiff.compare(base, moved).changes
        #expect(changes.map(\.kind) == [.initiativeMoved, .initiativeMoved])
        #expect(changes.map(\.field) == [.section, .department])
        #expect(changes[0].old == .text(SeedPlans.partnership))
        #expect(changes[0].new == .text(SeedPlans.management))
        #expect(changes[1].new == .text("福祉部"))
    }

    @Test func aMissingSectionIsUnknownNotMoved() {
        let bare = plan { for i in $0.indices { $0[i].section = nil } }
        #expect(PlanDiff.compare(base, bare).isEmpty)
    }

    @Test func reorderedRowsAreNoChange() {
        let shuffled = plan {
            $0.reverse(); for i in $0.indices { $0[i].indicators.reverse() }
        }
        #expect(PlanDiff.compare(base, shuffled).isEmpty)
    }

    @Test func fullWidthHalfWidthAndSpacesAreNoChange() {
        let rewritten = plan {
            $0[0].title = "RPA・AI－OCR・音声テキスト化による 業務自動化の推進"
            $0[0].indicators[1].name = "AI-OCR利用枚数"
            $0[0].indicators[0].unit = "業務"
            $0[4].title = "NPOとの連携による施策の推進"
            $0[5].title = "市町村との協働によるICT施策の実施"
            $0[5].department = "企画財政部 "
            $0[1].indicators[1].actuals[0].text = "業務アシスタント導入 3月仮運用(R3年度本格運用)"
            for i in $0.indices { $0[i].id = nil }
        }
        #expect(PlanDiff.compare(base, rewritten).isEmpty)
    }

    @Test func statusChangeFromOnTrackToDelayed() {
        let delayed = plan { $0[3].status = .delayed }
        let changes = PlanDiff.compare(base, delayed).changes
        #expect(changes.map(\.kind) == [.statusChanged])
        #expect(changes.first?.old == .text("onTrack"))
        #expect(changes.first?.new == .text("delayed"))
    }

    @Test func duplicateTitlesPairWithinTheirDepartment() {
        let twin = { (department: String, target: Double) in
            Initiative(
                title: "業務の見直し", department: department,
                indicators: [Indicator(name: "件数", unit: "件", targets: [Target(fiscalYear: 2021, value: target, text: "")])])
        }
        let old = Plan(initiatives: [twin("総務部", 10), twin("福祉部", 20)])
        let new = Plan(initiatives: [twin("福祉部", 20), twin("総務部", 10)])
        #expect(PlanDiff.compare(old, new).isEmpty)
    }

    @Test func eachOldInitiativeIsRenamedIntoAtMostOneNewOne() {
        let old = Plan(initiatives: [Initiative(title: "県有施設の長寿命化の推進")])
        let new = Plan(initiatives: [
            Initiative(title: "県有施設の長寿命化対策の推進"),
            Initiative(title: "県有施設の長寿命化の更なる推進"),
        ])
        let changes = PlanDiff.compare(old, new).changes
        #expect(changes.filter { $0.kind == .initiativeRenamed }.count == 1)
        #expect(changes.filter { $0.kind == .initiativeAdded }.count == 1)
    }
}
