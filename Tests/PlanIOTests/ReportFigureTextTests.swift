import Foundation
import PlanModel
@testable import PlanIO
import Testing
import XLSX

/// A report of a plan whose targets were typed as numbers (the Samples' table layout):
/// every figure without words of its own is shown as the seed writes it.
@Suite struct ReportFigureTextTests {
    static func expected(_ name: String) throws -> Plan {
        let url = ReportSamples.root.appendingPathComponent("Samples/expected/\(name).json")
        return try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
    }

    /// The seed's own spelling of the Ｒ２ targets that the table layout types as bare numbers.
    static let seedForms = [
        "Ｒ２年度：50業務", "Ｒ２年度：12,000枚／年", "Ｒ２年度：200会議／年", "Ｒ２年度：37事業／年",
        "Ｒ２年度：1,100問", "Ｒ２年度：5,350,000／年", "Ｒ２年度：28,400／累計", "Ｒ２年度：10件／年",
    ]

    let report: ProgressReport

    init() throws {
        report = ProgressReport(plan: try Self.expected("revised-table"), previous: try Self.expected("first-adopted-table"))
    }

    @Test func targetsTypedAsNumbersAreShownInTheSeedsFormInHTMLAndMarkdown() throws {
        let targets = (report.sections.flatMap(\.rows) + report.delayed).flatMap(\.indicators).flatMap(\.targetTexts)
        for form in Self.seedForms { #expect(targets.contains(form), "\(form)") }
        #expect(!targets.contains("12000") && !targets.contains("１，１００"))
        let html = ReportHTMLRenderer().render(report), markdown = ReportMarkdownRenderer().render(report)
        for form in Self.seedForms {
            #expect(html.contains("<div>\(form)</div>"), "\(form)")
            #expect(markdown.contains("<br>\(form)"), "\(form)")
        }
    }

    @Test func targetsTypedAsNumbersAreShownInTheSeedsFormInTheWorkbook() throws {
        let book = try Workbook(data: try ReportWorkbookRenderer().data(report), name: "report.xlsx")
        let sheet = try #require(book.sheet(named: "主な成果"))
        let cells = try book.grid(of: sheet).rows.compactMap { row -> String? in
            guard row.count > 4, case .string(let text) = row[4] else { return nil }
            return text
        }
        for form in ["Ｒ２年度：50業務", "Ｒ２年度：12,000枚／年", "Ｒ２年度：100事業／年"] { #expect(cells.contains(form), "\(form)") }
    }

    @Test func theDepartmentsOwnWordsAreShownAsWritten() throws {
        let rows = Dictionary(uniqueKeysWithValues: (report.sections.flatMap(\.rows) + report.delayed).map { ($0.title, $0) })
        let ocr = try #require(rows["ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"]?.indicators[1])
        #expect(ocr.resultTexts == ["約62,000"])
        let free = ProgressReport(plan: try ReportSamples.revised)
        let texts = free.sections.flatMap(\.rows).flatMap(\.indicators).flatMap(\.targetTexts)
        #expect(texts.contains("Ｒ２年度：12,000枚／年"))
        #expect(texts.contains("調査票回答数 Ｒ２年度：2,000件以上／年"))
    }

    @Test func revisedTargetsNameTheirYearAndUnitAsTheSeedDoes() throws {
        let automation = try #require(report.sections.flatMap(\.rows).first { $0.id == "1-1" })
        #expect(
            automation.revisedTargetLines == [
                "○ＡＩ-ＯＣＲ 利用枚数", "Ｒ３年度：２万→6.7万枚", "Ｒ４年度：３万→７万枚",
                "○音声テキスト化システム 利用会議数", "Ｒ３年度：250→500会議", "Ｒ４年度：300→550会議",
            ])
    }

    @Test func aRevisedTargetTypedAsANumberIsWrittenOutIn目標記載() throws {
        func plan(_ value: Double, version: String) -> Plan {
            Plan(
                version: version,
                initiatives: [
                    Initiative(
                        title: "ＡＩ-ＯＣＲの推進",
                        indicators: [
                            Indicator(
                                name: "ＡＩ-ＯＣＲ 利用枚数", unit: "枚", period: .perYear,
                                targets: [Target(fiscalYear: 2021, value: value, comparator: .atLeast, text: PlanNumber.plain(value))])
                        ])
                ])
        }
        let report = ProgressReport(plan: plan(67000, version: "R3改定"), previous: plan(20000, version: "当初"), fiscalYear: 2020)
        #expect(report.revisions.map(\.newText) == ["Ｒ３年度：67,000枚／年"])
        #expect(ReportMarkdownRenderer().render(report).contains("| Ｒ３年度 | 20,000枚 | 67,000枚 | Ｒ３年度：67,000枚／年 |"))
    }

    @Test func aRevisionCoveringLaterYearsOnlyRemovesNoTargetIn目標値の見直し() throws {
        var revision = try ReportSamples.revised
        for i in revision.initiatives.indices {
            for j in revision.initiatives[i].indicators.indices {
                revision.initiatives[i].indicators[j].targets.removeAll { $0.fiscalYear == 2020 }
            }
        }
        let report = ProgressReport(plan: revision, previous: try ReportSamples.firstAdopted, fiscalYear: 2020)
        #expect(report.revisions.count == 6)
        #expect(!report.revisions.contains { $0.newText == TargetRevision.removedLabel })
        #expect(!ReportHTMLRenderer().render(report).contains(TargetRevision.removedLabel))
        #expect(!ReportMarkdownRenderer().render(report).contains(TargetRevision.removedLabel))
    }
}
