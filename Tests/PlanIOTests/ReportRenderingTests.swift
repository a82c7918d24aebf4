import Foundation
import PlanModel
@testable import PlanIO
import Testing

/// The renderers' own promises: self-contained well-formed HTML, marked delays,
/// bars per indicator, escaping that keeps tables and pages intact.
@Suite struct ReportRenderingTests {
    let plan: Plan
    let report: ProgressReport

    init() throws {
        plan = try ReportSamples.revised
        report = ProgressReport(plan: plan, previous: try ReportSamples.firstAdopted)
    }

    /// Runs xmllint on an HTML document, returning its exit status and messages.
    private func xmllint(_ arguments: [String], html: String) throws -> (status: Int32, messages: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint"] + arguments + [file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }

    @Test func htmlIsWellFormedForTheHTMLParserAndAsXML() throws {
        let html = ReportHTMLRenderer().render(report)
        let asHTML = try xmllint(["--html", "--noout"], html: html)
        #expect(asHTML.status == 0)
        // libxml2's HTML parser predates HTML5 and names its elements "invalid"; anything else is a real error.
        let realErrors = asHTML.messages.split(separator: "\n").filter {
            $0.contains("error") && !$0.contains(#/Tag (header|section|svg|rect) invalid/#)
        }
        #expect(realErrors.isEmpty, "\(realErrors)")
        let asXML = try xmllint(["--noout"], html: html)
        #expect(asXML.status == 0, "\(asXML.messages)")
        #expect(asXML.messages.isEmpty)
    }

    @Test func anEmptyPlanStillGivesAWellFormedReport() throws {
        let empty = ProgressReport(plan: Plan())
        #expect(empty.fiscalYear == nil)
        #expect(empty.title == "行財政改革の取組について")
        let html = ReportHTMLRenderer().render(empty)
        #expect(try xmllint(["--noout"], html: html).status == 0)
        #expect(html.contains("行動計画に取組が記載されていない。"))
        #expect(html.contains(ReportLabels.noDelayed) && html.contains(ReportLabels.noRevisions))
        #expect(ReportMarkdownRenderer().render(empty).contains("| 計 | 0 | 0 | 0 | 0 |"))
    }

    @Test func htmlIsSelfContained() {
        let html = ReportHTMLRenderer().render(report)
        for forbidden in ["http://", "https://", "<script", "<link", "<img", "@import", "url(", "@font-face", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("<style>"))
    }

    @Test func htmlPrintsOnA4AndWrapsJapaneseText() {
        let html = ReportHTMLRenderer().render(report)
        for rule in [
            "@page { size: A4;", "line-break: strict", "overflow-wrap: anywhere", "thead { display: table-header-group; }",
            "break-inside: avoid", "@media print",
        ] {
            #expect(html.contains(rule), "\(rule)")
        }
    }

    @Test func htmlMarksEveryDelayedInitiative() throws {
        let rendered = RenderedReport(html: ReportHTMLRenderer().render(report))
        let delayedSection = try rendered.section("２ 遅れが生じている取組")
        #expect(delayedSection.components(separatedBy: "<tr class=\"delayed\">").count - 1 == 6)
        #expect(delayedSection.components(separatedBy: "<span class=\"badge delayed\">遅れ</span>").count - 1 == 6)
        let directions = rendered.sections.filter { $0.key.hasPrefix("（") }.values.joined()
        #expect(!directions.contains("class=\"delayed\""))
    }

    @Test func marksInitiativesWithoutStatusAndShowsTheDirectionOfDelayedOnes() throws {
        let small = Plan(initiatives: [
            Initiative(section: "県庁のＩＣＴ化・働き方改革", title: "報告のない取組"),
            Initiative(section: "県庁のＩＣＴ化・働き方改革", title: "遅れた取組", status: .delayed, delayReason: "要因"),
        ])
        let html = ReportHTMLRenderer().render(ProgressReport(plan: small))
        #expect(html.contains("<tr class=\"unreported\"><td class=\"title\"><span class=\"badge unreported\">未報告</span><span class=\"name\">報告のない取組</span>"))
        #expect(html.contains("<span class=\"name\">遅れた取組</span><span class=\"dept\">県庁のＩＣＴ化・働き方改革</span>"))
        let markdown = ReportMarkdownRenderer().render(ProgressReport(plan: small))
        #expect(markdown.contains("| **【未報告】** 報告のない取組 |"))
        #expect(markdown.contains("| **【遅れ】** 遅れた取組<br>（県庁のＩＣＴ化・働き方改革） |"))
    }

    @Test func htmlDrawsOneBarPerIndicatorWithAResultAgainstATarget() throws {
        let html = ReportHTMLRenderer().render(report)
        let rows = report.sections.flatMap(\.rows) + report.delayed
        let measured = rows.flatMap(\.indicators).filter { $0.achievement != nil }
        #expect(measured.count == 13)
        #expect(html.components(separatedBy: "<svg ").count - 1 == measured.count)
        #expect(html.contains("aria-label=\"達成率 517%（目標達成）\""))
        #expect(html.contains("aria-label=\"達成率 75%（目標未達）\""))
    }

    @Test func achievementComparesTheYearsResultWithItsTarget() throws {
        let rows = Dictionary(uniqueKeysWithValues: (report.sections.flatMap(\.rows) + report.delayed).map { ($0.title, $0) })
        let ocr = try #require(rows["ＲＰＡ・ＡＩ-ＯＣＲ・音声テキスト化による業務自動化の推進"]?.indicators[1])
        #expect(ocr.achievementLabel == "517%")
        #expect(!ocr.isBehind)
        let cloud = try #require(rows["市町村との協働によるＩＣＴ施策の実施"]?.indicators[0])
        #expect(cloud.achievement == 0.75)
        #expect(cloud.isBehind)
        let facilities = try #require(rows["指定管理者施設のサービスレベルの向上"]?.indicators[0])
        #expect(facilities.achievement == nil)
        #expect(facilities.resultTexts == ["90%以上達成が困難の見込み"])
    }

    @Test func escapesMarkupAndTableBreakersFromTheData() throws {
        var plan = plan
        plan.initiatives[0].title = "<script>alert(1)</script> A|B & C"
        plan.initiatives[0].nextSteps = "一行目\n二行目 | *強調* [リンク](x)"
        let hostile = ProgressReport(plan: plan)
        let html = ReportHTMLRenderer().render(hostile)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; A|B &amp; C"))
        #expect(html.contains("一行目<br/>二行目"))
        let markdown = ReportMarkdownRenderer().render(hostile)
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; A\\|B &amp; C"))
        #expect(markdown.contains("一行目<br>二行目 \\| \\*強調\\* \\[リンク\\](x)"))
        // Every row of a table has as many cells as the table's header.
        var headerPipes: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { headerPipes = nil; continue }
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let headerPipes { #expect(pipes == headerPipes, "\(line)") } else { headerPipes = pipes }
        }
    }

    @Test func markdownKeepsOneTableRowPerLine() {
        let markdown = ReportMarkdownRenderer().render(report)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| 取組項目") && !$0.hasPrefix("| 方向性 |") }
        // 5 summary rows (four directions and 計), 9 on track, 6 delayed, 6 revised or new targets.
        #expect(rows.count == 5 + 9 + 6 + 6)
    }
}
