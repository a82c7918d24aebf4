import Foundation
import Testing
import PlanModel
@testable import PlanDiff
import SharedText

/// The human-readable and tabular forms of a diff: alignment, colour, quoting, escaping.
@Suite struct DiffRenderingTests {
    let result = PlanDiff.compare(SeedPlans.firstAdopted, SeedPlans.revised)

    @Test func textAlignsFullWidthColumnsByDisplayWidth() {
        let lines = DiffTextRenderer().render(result).split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("    目標変更") }
        // Every arrow sits in the same terminal column although the names mix widths.
        let arrowColumns = Set(rows.map { line in DisplayWidth.of(String(line.prefix { $0 != "→" })) })
        #expect(rows.count == 4)
        #expect(arrowColumns.count == 1)
        #expect(DisplayWidth.of("ＡＩ-ＯＣＲ 利用枚数") == 20)
    }

    @Test func textIsColouredOnlyWhenAsked() {
        let plain = DiffTextRenderer(colored: false).render(result)
        let colored = DiffTextRenderer(colored: true).render(result)
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("  ＡＩ-ＯＣＲ 利用枚数\n\u{1B}[32m    目標変更  R3"))
        let backwards = DiffTextRenderer(colored: true).render(PlanDiff.compare(SeedPlans.revised, SeedPlans.firstAdopted))
        #expect(backwards.contains("  ＡＩ-ＯＣＲ 利用枚数\n\u{1B}[31m    目標変更  R3"))
    }

    @Test func sameVersionsSayNoChanges() {
        let same = PlanDiff.compare(SeedPlans.revised, SeedPlans.revised)
        #expect(DiffTextRenderer().render(same) == "R3改定 → R3改定: 変更なし (no changes)\n比較した年度: R2, R3, R4\n")
        #expect(DiffCSVRenderer().render(same) == DiffCSVRenderer.columns.joined(separator: ",") + "\r\n")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(CSVCell.line([.text("12,000枚"), .text("「どこでも\"知事室\"」")], escapingFormulas: false) == "\"12,000枚\",\"「どこでも\"\"知事室\"\"」\"\r\n")
        #expect(CSVCell.line([.text("（上半期）\n（下半期）"), .text("R3"), .figure(nil)], escapingFormulas: false) == "\"（上半期）\n（下半期）\",R3,\r\n")
    }

    @Test func markdownAndHTMLEscapeCellText() {
        #expect(DiffMarkdownRenderer.escaped("a|b\nc") == "a\\|b<br>c")
        #expect(DiffHTMLRenderer.escaped("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test func htmlTextTurnsLineBreaksIntoBreaksOnlyWhenAsked() {
        #expect(HTMLText.escaped("Ｒ３年度：\r\n<50％>") == "Ｒ３年度：\r\n&lt;50％&gt;")
        #expect(HTMLText.escaped("Ｒ３年度：\r\n<50％>\n'x'", lineBreaks: true) == "Ｒ３年度：<br/>&lt;50％&gt;<br/>&#39;x&#39;")
    }

    @Test func jsonTextIsTheContractAndDecodesBack() throws {
        let text = result.jsonText()
        #expect(text.hasPrefix("{\n  \"schema\": \"plansheet.diff/1\",\n  \"old\": {\"version\":\"当初\""))
        let decoded = try JSONDecoder().decode(DiffResult.self, from: result.jsonData())
        #expect(decoded.changes == result.changes)
        #expect(decoded.old.version == "当初")
    }

    @Test func descriptionsSpellOutFiguresForPeople() throws {
        let raised = ChangeDescription(try #require(result.changes.first))
        #expect(
            [raised.label, raised.year, raised.old, raised.new, raised.unit, raised.delta, raised.ratio, raised.note]
                == ["目標変更", "R3", "Ｒ３年度：２万枚", "Ｒ３年度：２万→6.7万枚", "", "+47,000", "×3.35", "引上げ・新版に記載"])
        #expect(raised.tone == .up)
    }
}

/// `diff --format csv --escape-formulas` and `history --format csv --escape-formulas`.
@Suite struct DiffCSVFormulaEscapingTests {
    static let plans = (
        old: Plan(version: "当初", initiatives: [Initiative(title: "=HYPERLINK(\"http://x\")", indicators: [])]),
        new: Plan(version: "R3改定", initiatives: [])
    )

    @Test func diffCSVEscapesFormulaTextOnlyWhenAsked() {
        let result = PlanDiff.compare(Self.plans.old, Self.plans.new)
        let escaped = DiffCSVRenderer(escapesFormulas: true).render(result).components(separatedBy: "\r\n")[1]
        #expect(escaped.hasPrefix("initiativeRemoved,\"'=HYPERLINK(\"\"http://x\"\")\","))
        let plain = DiffCSVRenderer().render(result).components(separatedBy: "\r\n")[1]
        #expect(plain.hasPrefix("initiativeRemoved,\"=HYPERLINK(\"\"http://x\"\")\","))
    }

    @Test func historyCSVEscapesFormulaTextOnlyWhenAskedAndNeverAFigure() {
        let plan = Plan(
            version: "当初",
            initiatives: [
                Initiative(
                    title: "@取組",
                    indicators: [
                        Indicator(name: "-指標", targets: [Target(fiscalYear: 2020, value: -5, text: "-5")])
                    ])
            ])
        let rows = History([plan]).csvText(escapingFormulas: true).components(separatedBy: "\r\n")
        // The target -5 is a figure and stays one; its text "-5" is the department's text and is escaped like any text.
        #expect(rows[1].hasPrefix("\"'@取組\",,\"'-指標\",,increase,2020,-5,\"'-5\","))
        #expect(History([plan]).csvText().components(separatedBy: "\r\n")[1].hasPrefix("@取組,,-指標,,increase,2020,-5,-5,"))
    }
}

/// One Markdown escaper for the diff and the report: no raw HTML or markup from a file gets through.
@Suite struct DiffMarkdownEscapingTests {
    @Test func diffMarkdownEscapesRawHTMLAndMarkupFromTheData() {
        let old = Plan(version: "当初", initiatives: [Initiative(title: "<script>alert(1)</script> **推進** | [x](y)", indicators: [])])
        let markdown = DiffMarkdownRenderer().render(PlanDiff.compare(old, Plan(version: "R3改定")))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*推進\\*\\* \\| \\[x\\](y)"))
        #expect(!markdown.contains("<script>"))
        #expect(DiffMarkdownRenderer.escaped("a\r\nb") == MarkdownText.escaped("a\r\nb"))
    }
}
