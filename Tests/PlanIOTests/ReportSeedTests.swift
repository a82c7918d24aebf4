import Foundation
import PlanModel
@testable import PlanIO
import Testing

/// The report built from the seed's 15 initiatives (Samples/plans) says what the seed says, under the same headings.
@Suite struct ReportSeedTests {
    let seed: String
    let plan: Plan
    /// The revised plan reported against the first-adopted one, as the reform office does.
    let report: ProgressReport

    init() throws {
        seed = squashed(try ReportSeed.text())
        plan = try ReportSamples.revised
        report = ProgressReport(plan: plan, previous: try ReportSamples.firstAdopted)
    }

    @Test func everyExpectedPhraseIsTheSeedsOwnWording() {
        for expectation in ReportSeedExpectation.all {
            #expect(seed.contains(squashed(expectation.title)), "title \(expectation.title)")
            for phrase in expectation.phrases + ReportSeedExpectation.revisions + ReportSeedExpectation.newTargets {
                #expect(seed.contains(squashed(phrase)), "\(expectation.title): \(phrase) is not in the seed")
            }
        }
    }

    @Test func everyTextOfThePlanComesFromTheSeed() {
        for initiative in plan.initiatives {
            #expect(seed.contains(squashed(initiative.title)), "\(initiative.title)")
            var texts = [initiative.delayReason, initiative.nextSteps].compactMap { $0 }
            for indicator in initiative.indicators {
                texts += indicator.targets.map(\.text) + indicator.actuals.map(\.text)
            }
            for line in texts.flatMap({ $0.split(separator: "\n").map(String.init) }) {
                #expect(seed.contains(squashed(line)), "\(initiative.title): \(line) is not in the seed")
            }
        }
    }

    @Test func reportsTheSeedsFifteenInitiativesForFiscal2020() {
        #expect(report.fiscalYear == 2020)
        #expect(report.title == "令和２年度における行財政改革の取組について")
        #expect(report.resultHeading == "Ｒ２年度実績")
        #expect(report.headline.sentence == "行動計画の全１５取組のうち、９の取組は順調に取り組んでおり、６の取組に遅れが生じている。")
        #expect(
            report.sections.map(\.name) == [
                ReportSeedExpectation.ict, ReportSeedExpectation.partners,
                ReportSeedExpectation.management, nil,
            ])
        #expect(report.sections.map(\.rows.count) == [3, 3, 3, 0])
        #expect(report.sections.map(\.counts.delayed) == [0, 0, 0, 6])
        #expect(report.delayed.map(\.title) == ReportSeedExpectation.all.filter { $0.heading == .delayed }.map(\.title))
    }

    @Test func markdownPutsEveryTargetResultCauseAndNextStepUnderItsHeading() throws {
        try expectSeedContent(in: RenderedReport(markdown: ReportMarkdownRenderer().render(report)))
    }

    @Test func htmlPutsEveryTargetResultCauseAndNextStepUnderItsHeading() throws {
        try expectSeedContent(in: RenderedReport(html: ReportHTMLRenderer().render(report)))
    }

    @Test func revisionsRecordedInThePlanListOldAndNewValuesPerFiscalYear() throws {
        let alone = ProgressReport(plan: plan)
        let lines = alone.revisions.map { "\($0.indicator) \($0.fiscalYearLabel) \($0.oldLabel) → \($0.newLabel)" }
        #expect(
            lines == [
                "ＡＩ-ＯＣＲ 利用枚数 Ｒ３年度 20,000枚 → 67,000枚",
                "ＡＩ-ＯＣＲ 利用枚数 Ｒ４年度 30,000枚 → 70,000枚",
                "音声テキスト化システム 利用会議数 Ｒ３年度 250会議 → 500会議",
                "音声テキスト化システム 利用会議数 Ｒ４年度 300会議 → 550会議",
            ])
        #expect(alone.revisions.allSatisfy { $0.origin == .recordedInPlan })
    }

    @Test func revisionsAgainstThePreviousPlanAddTheNewlySetTargets() throws {
        let lines = report.revisions.map { "\($0.indicator) \($0.fiscalYearLabel) \($0.oldLabel) → \($0.summary)" }
        #expect(lines.count == 6)
        #expect(lines.contains("コピー使用量 Ｒ４年度 （新規設定） → Ｒ４年度：コピー使用量60％以上削減"))
        #expect(lines.contains("ＡＩ-ＯＣＲ 利用枚数 Ｒ３年度 20,000枚 → Ｒ３年度：２万→6.7万枚"))
        for rendered in [
            RenderedReport(markdown: ReportMarkdownRenderer().render(report)),
            RenderedReport(html: ReportHTMLRenderer().render(report)),
        ] {
            let section = squashed(try rendered.section("３ 目標値の見直し"))
            for phrase in ReportSeedExpectation.revisions + ReportSeedExpectation.newTargets
                + ["20,000枚", "67,000枚", "300会議", "550会議"]
            {
                #expect(section.contains(squashed(phrase)), "\(phrase) not under ３ 目標値の見直し")
            }
        }
    }

    /// Each phrase of the seed is in the initiative's row under the seed's heading;
    /// the cause of a delay only under 遅れが生じている取組.
    private func expectSeedContent(in rendered: RenderedReport) throws {
        let delayedHeading = "２ 遅れが生じている取組"
        for expectation in ReportSeedExpectation.all {
            let heading: String
            switch expectation.heading {
            case .direction(let name): heading = try rendered.heading(endingWith: name)
            case .delayed: heading = delayedHeading
            }
            let row = squashed(visibleText(try rendered.row(titled: expectation.title, under: heading)))
            for phrase in expectation.phrases {
                #expect(row.contains(squashed(phrase)), "\(expectation.title): \(phrase) not under \(heading)")
            }
        }
        let sectionsPart = rendered.sections.filter { $0.key != delayedHeading }.values.joined()
        for cause in ReportSeedExpectation.all.flatMap(\.causes) {
            #expect(!squashed(sectionsPart).contains(squashed(cause)), "cause printed outside \(delayedHeading)")
        }
    }
}
