import Foundation
import PlanDiff
import PlanModel
@testable import PlanIO
import Testing
import XLSX

/// Figures at the edges of a Double, as a hostile or mistyped file carries them: report,
/// diff and history render every one of them, none traps (issue 13).
@Suite struct ReportExtremeValueTests {
    static func plan(version: String, target: Double, actual: Double, later: Double) -> Plan {
        Plan(
            title: "行財政改革行動計画", version: version,
            initiatives: [
                Initiative(
                    id: "1-1", title: "ＡＩ-ＯＣＲの推進", status: .onTrack,
                    indicators: [
                        Indicator(
                            name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚",
                            targets: [
                                Target(fiscalYear: 2020, value: target, comparator: .atLeast, text: ""),
                                Target(fiscalYear: 2021, value: later, comparator: .atLeast, text: ""),
                            ], actuals: [Actual(fiscalYear: 2020, value: actual, text: "")])
                    ])
            ])
    }

    static let cases: [(target: Double, actual: Double, later: Double)] = [
        (1e-300, 1e6, 1e308), (1e308, 1e-300, -1e308), (-0.0, 5, 0), (0, 0, -0.0), (1e-300, 1e10, 1e-320),
    ]

    @Test func reportRendersEveryExtremeFigureInEveryFormat() throws {
        for figures in Self.cases {
            let previous = Self.plan(version: "当初", target: figures.target, actual: figures.actual, later: figures.target)
            let plan = Self.plan(version: "R3改定", target: figures.target, actual: figures.actual, later: figures.later)
            let report = ProgressReport(plan: plan, previous: previous)
            let html = ReportHTMLRenderer().render(report), markdown = ReportMarkdownRenderer().render(report)
            #expect(html.contains("ＡＩ-ＯＣＲの推進") && markdown.contains("ＡＩ-ＯＣＲの推進"))
            let book = try Workbook(data: try ReportWorkbookRenderer().data(report), name: "report.xlsx")
            #expect(book.sheets.count == 4)
        }
    }

    @Test func aTinyTargetMetByALargeResultHasAnAchievementThatPrints() throws {
        let report = ProgressReport(plan: Self.plan(version: "R3改定", target: 1e-300, actual: 1e6, later: 1))
        let indicator = try #require(report.sections.flatMap(\.rows).first?.indicators.first)
        #expect(indicator.achievement == 1e306)
        #expect(indicator.achievementLabel == "1e+308%")
        #expect(ReportMarkdownRenderer().render(report).contains("（達成率 1e+308%）"))
        let beyond = ProgressReport(plan: Self.plan(version: "R3改定", target: 1e-300, actual: 1e10, later: 1))
        #expect(beyond.sections.flatMap(\.rows).first?.indicators.first?.achievementLabel == nil)
    }

    @Test func diffAndHistoryRenderEveryExtremeFigure() throws {
        for figures in Self.cases {
            let old = Self.plan(version: "当初", target: figures.target, actual: figures.actual, later: figures.target)
            let new = Self.plan(version: "R3改定", target: figures.later, actual: figures.later, later: figures.later)
            let result = PlanDiff.compare(old, new)
            for text in [
                DiffTextRenderer().render(result), DiffMarkdownRenderer().render(result),
                DiffHTMLRenderer().render(result), DiffCSVRenderer().render(result), result.jsonText(),
            ] {
                #expect(!text.isEmpty, "\(figures)")
            }
            #expect(try JSONSerialization.jsonObject(with: result.jsonData()) is [String: Any])
            let history = History([old, new])
            for text in [history.text(), history.csvText(), history.jsonText()] { #expect(!text.isEmpty) }
        }
    }

    @Test func aTargetRaisedFromTheSmallestToTheLargestFigureIsSpeltOut() throws {
        let result = PlanDiff.compare(
            Self.plan(version: "当初", target: 1e-300, actual: 1, later: 1),
            Self.plan(version: "R3改定", target: 1e308, actual: 1, later: 1))
        let change = try #require(result.changes.first { $0.kind == .targetChanged })
        #expect(change.ratio == nil)
        #expect(change.direction == .raised)
        let description = ChangeDescription(change)
        #expect([description.old, description.new, description.delta] == ["Ｒ２年度：1e-300枚", "Ｒ２年度：1e+308枚", "+1e+308"])
    }
}
