import Foundation
import PlanModel
@testable import PlanIO
import Testing

/// The headline sentence: the seed's wording, counted from the data.
@Suite struct ReportHeadlineTests {
    /// A plan of `onTrack` + `delayed` + `unreported` initiatives.
    private func plan(onTrack: Int, delayed: Int, unreported: Int) -> Plan {
        let statuses: [Status?] =
            Array(repeating: .onTrack, count: onTrack) + Array(repeating: .delayed, count: delayed)
            + Array(repeating: nil, count: unreported)
        return Plan(
            initiatives: statuses.enumerated().map { index, status in
                Initiative(section: "県庁のＩＣＴ化・働き方改革", title: "取組\(index + 1)", status: status)
            })
    }

    private func sentence(onTrack: Int, delayed: Int, unreported: Int) -> String {
        ProgressReport(plan: plan(onTrack: onTrack, delayed: delayed, unreported: unreported)).headline.sentence
    }

    @Test func reproducesTheSeedHeadlineForItsSixtyTwoInitiatives() throws {
        let seedLine = try #require(try ReportSeed.text().split(separator: "\n").first { $0.hasPrefix("行動計画の全") })
        #expect(sentence(onTrack: 56, delayed: 6, unreported: 0) == String(seedLine))
        #expect(String(seedLine) == "行動計画の全６２取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。")
    }

    @Test func saysAllOnTrackWhenNothingIsDelayed() {
        #expect(sentence(onTrack: 15, delayed: 0, unreported: 0) == "行動計画の全１５取組は、すべて順調に取り組んでいる。")
    }

    @Test func saysAllDelayedWhenEverythingIsDelayed() {
        #expect(sentence(onTrack: 0, delayed: 6, unreported: 0) == "行動計画の全６取組は、すべてに遅れが生じている。")
    }

    @Test func countsInitiativesWithoutStatusInTheirOwnSentence() {
        #expect(
            sentence(onTrack: 56, delayed: 6, unreported: 3)
                == "行動計画の全６５取組のうち、５６の取組は順調に取り組んでおり、６の取組に遅れが生じている。なお、３の取組は進捗状況が報告されていない。")
        #expect(
            sentence(onTrack: 5, delayed: 0, unreported: 2)
                == "行動計画の全７取組のうち、５の取組は順調に取り組んでおり、遅れが生じている取組はない。なお、２の取組は進捗状況が報告されていない。")
        #expect(
            sentence(onTrack: 0, delayed: 4, unreported: 1)
                == "行動計画の全５取組のうち、４の取組に遅れが生じている。なお、１の取組は進捗状況が報告されていない。")
        #expect(sentence(onTrack: 0, delayed: 0, unreported: 3) == "行動計画の全３取組は、いずれも進捗状況が報告されていない。")
    }

    @Test func saysSoWhenThePlanHasNoInitiative() {
        #expect(sentence(onTrack: 0, delayed: 0, unreported: 0) == "行動計画に取組が記載されていない。")
    }

    @Test func countsPerDirectionAddUpToTheHeadline() throws {
        let report = ProgressReport(plan: try ReportSamples.revised)
        // The seed lists its six delayed initiatives under no direction.
        #expect(
            report.sections.map(\.heading) == [
                "県庁のＩＣＴ化・働き方改革", "多様な主体との連携・県民参画の推進",
                "経営感覚を持った行財政運営", "方向性の記載なし",
            ])
        #expect(report.sections.map { [$0.counts.onTrack, $0.counts.delayed] } == [[3, 0], [3, 0], [3, 0], [0, 6]])
        #expect(report.headline == ReportHeadline(onTrack: 9, delayed: 6, unreported: 0))
    }

    @Test func writesCountsInFullWidthDigits() {
        #expect(ReportHeadline.fullWidth(1062) == "１０６２")
    }

    @Test func namesFiscalYearsAsThePublishedReportDoes() {
        #expect(ReportFiscalYear.longName(2020) == "令和２年度")
        #expect(ReportFiscalYear.longName(2019) == "令和元年度")
        #expect(ReportFiscalYear.shortName(2018) == "Ｈ３０年度")
        #expect(ReportFiscalYear.shortName(2021) == "Ｒ３年度")
    }
}
