import Foundation
@testable import PlanDiff
import PlanModel
import Testing

/// Diff and history show every numeric target and result as the seed writes it
/// (`Ｒ３年度：67,000枚／年`), through PlanModel's one `FigureText`, on a table-layout plan whose
/// cells hold bare numbers; the department's own text, where there is one, as written.
@Suite struct DiffSeedFormTests {
    let result = PlanDiff.compare(TablePlanFigures.plan(revised: false), TablePlanFigures.plan(revised: true))

    private func change(_ kind: ChangeKind, _ indicator: String) throws -> Change {
        try #require(result.changes.first { $0.kind == kind && $0.indicator == indicator })
    }

    @Test func aRaisedTargetTypedAsANumberReadsWithYearGroupingUnitAndPeriod() throws {
        let raised = try change(.targetChanged, "ＡＩ-ＯＣＲ 利用枚数")
        #expect(raised.oldDisplay == "Ｒ３年度：20,000枚／年")
        #expect(raised.newDisplay == "Ｒ３年度：67,000枚／年")
        #expect(raised.old == .number(20000), "the figure itself stays a number for scripts")
        let row = ChangeDescription(raised)
        #expect([row.old, row.new, row.unit, row.delta] == ["Ｒ３年度：20,000枚／年", "Ｒ３年度：67,000枚／年", "", "+47,000"])
    }

    @Test func aBareFigureGetsNoIjouButAtMostAndApproximateAreWritten() throws {
        // 以上 is how a bare figure reads (the importer's default comparator), so it is not added;
        // 以下, 超 and 未満 change the meaning and are.
        #expect(try change(.targetChanged, "電子申請率").newDisplay == "Ｒ３年度：95%")
        #expect(try change(.targetChanged, "時間外勤務").newDisplay == "Ｒ３年度：約40時間以下／月")
    }

    @Test func aResultReadsWithoutItsYearAsInTheReport() throws {
        let actual = try change(.actualChanged, "ＡＩ-ＯＣＲ 利用枚数")
        #expect([actual.oldDisplay, actual.newDisplay] == ["61,000枚／年", "62,000枚／年"])
    }

    @Test func everyRenderingForPeopleShowsTheSeedForm() {
        let text = DiffTextRenderer().render(result)
        // Old sides align on the arrow, as figures did.
        #expect(text.contains("\n    目標変更  R3      Ｒ３年度：20,000枚／年 → Ｒ３年度：67,000枚／年      +47,000  ×3.35  引上げ\n"))
        #expect(text.contains("\n    実績変更  R2                61,000枚／年 → 62,000枚／年                 +1,000\n"))
        #expect(text.contains("\n    目標変更  R3  Ｒ３年度：約45時間以下／月 → Ｒ３年度：約40時間以下／月       -5  ×0.89  引下げ\n"))
        #expect(DiffMarkdownRenderer().render(result).contains("| Ｒ３年度：20,000枚／年 | Ｒ３年度：67,000枚／年 |"))
        #expect(
            DiffHTMLRenderer().render(result)
                .contains(#"<td class="num">Ｒ３年度：20,000枚／年</td><td class="num">Ｒ３年度：67,000枚／年</td><td></td>"#))
        let csv = DiffCSVRenderer().render(result)
        // CSV keeps the figures for scripts and adds the seed form as oldDisplay and newDisplay.
        #expect(csv.contains(#",20000,67000,47000,3.35,raised,枚,,20000,67000,"Ｒ３年度：20,000枚／年","Ｒ３年度：67,000枚／年","#))
    }

    @Test func theJSONCarriesBothSidesAsReadAndDecodesBack() throws {
        let decoded = try JSONDecoder().decode(DiffResult.self, from: result.jsonData())
        #expect(decoded.changes == result.changes)
        #expect(result.jsonText().contains(#""oldDisplay":"Ｒ３年度：20,000枚／年","newDisplay":"Ｒ３年度：67,000枚／年""#))
    }

    @Test func theDepartmentsOwnTextIsShownAsWritten() {
        var old = TablePlanFigures.plan(revised: false), new = TablePlanFigures.plan(revised: true)
        old.initiatives[0].indicators[0].targets[1].text = "Ｒ３年度：２万枚"
        new.initiatives[0].indicators[0].targets[1].text = "Ｒ３年度：２万→6.7万枚"
        let raised = PlanDiff.compare(old, new).changes.first { $0.kind == .targetChanged }
        #expect([raised?.oldDisplay, raised?.newDisplay] == ["Ｒ３年度：２万枚", "Ｒ３年度：２万→6.7万枚"])
    }

    @Test func historyShowsTargetsAndResultsInTheSeedForm() throws {
        let history = History([TablePlanFigures.plan(revised: false), TablePlanFigures.plan(revised: true)])
        let ocr = try #require(history.indicators.first)
        #expect(ocr.years.map(\.targetDisplay) == ["Ｒ２年度：12,000枚／年", "Ｒ３年度：67,000枚／年"])
        #expect(ocr.years.map(\.actualDisplay) == ["62,000枚／年", nil])
        let text = history.text()
        #expect(text.contains("  R2    Ｒ２年度：12,000枚／年  62,000枚／年  516.7%\n"))
        #expect(text.contains("  改定 R3 20,000枚→67,000枚 (R3改定)\n"))
    }
}
