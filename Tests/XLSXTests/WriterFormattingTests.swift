import Foundation
import Testing
@testable import XLSX

@Suite struct WriterFormattingTests {
    /// A finished plan sheet: header, era dates, thousands, percentages, a merged
    /// initiative, a status drop-down, frozen header, filter and widths.
    private func writePlanSheet(to url: URL, options: WorkbookWriterOptions = .init()) throws {
        try WorkbookWriter.write(to: url, options: options) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.freezePanes(rows: 1, columns: 1)
                sheet.setColumnWidth(0, 40)
                sheet.autoFitColumns()
                try sheet.append(["取組項目", "指標", "目標", "達成率", "期限", "状況"], style: .header)
                let amount = CellStyle(numberFormat: .thousands)
                let rate = CellStyle(numberFormat: .percentOneDecimal)
                let era = CellStyle(numberFormat: .japaneseEraDate)
                try sheet.append(cells: [
                    StyledCell("ＲＰＡ導入", style: .wrapped), "導入課数", StyledCell(1_234_567, style: amount),
                    StyledCell(0.125, style: rate), StyledCell(.date(ExcelDate(year: 2020, month: 4, day: 1)), style: era), "順調",
                ])
                try sheet.append(cells: [
                    .empty, "削減時間", StyledCell(5000, style: amount), .formula("C3/C2", cached: .number(0.00405), style: rate),
                    StyledCell(.date(ExcelDate(year: 2021, month: 3, day: 31))), "遅れ",
                ])
                try sheet.merge(try #require(CellRange("A2:A3")))
                sheet.autoFilter(try #require(CellRange("A1:F3")))
                try sheet.addListValidation(["順調", "遅れ"], range: try #require(CellRange("F2:F100")))
            }
            try book.addSheet(named: "集計") { sheet in
                try sheet.append(cells: [
                    StyledCell("合計", style: CellStyle(bold: true, fontColor: .red)),
                    .formula("=SUM('取組一覧'!C2:C3)", cached: .number(1_239_567)),
                ])
            }
        }
    }

    @Test func openpyxlSeesStylesPanesWidthsMergesFilterAndValidation() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("plan.xlsx")
        try writePlanSheet(to: url)
        let script = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            ws = book["取組一覧"]
            print("sheets", book.sheetnames)
            print("freeze", ws.freeze_panes)
            print("widths", ws.column_dimensions["A"].width, ws.column_dimensions["B"].width > 8, ws.column_dimensions["C"].width > 8)
            print("merged", [str(r) for r in ws.merged_cells.ranges])
            print("filter", ws.auto_filter.ref)
            print("validation", [(v.type, v.formula1, str(v.sqref)) for v in ws.data_validations.dataValidation])
            h = ws["A1"]
            print("header", h.font.b, h.fill.fgColor.rgb, h.alignment.horizontal, h.alignment.wrap_text, h.border.left.style)
            print("formats", ws["C2"].number_format, ws["D2"].number_format, ws["E2"].number_format, ws["E3"].number_format, ws["A2"].alignment.wrap_text)
            print("values", ws["C2"].value, ws["E2"].value, ws["D3"].value)
            t = book["集計"]
            print("totals", t["A1"].font.b, t["A1"].font.color.rgb, t["B1"].value)
            cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
            print("cached", cached["取組一覧"]["D3"].value, cached["集計"]["B1"].value)
            """
        let result = try WriterTestSupport.run(try WriterTestSupport.requireTool("python3"), ["-c", script, url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.split(separator: "\n").map(String.init) == [
                "sheets ['取組一覧', '集計']",
                "freeze B2",
                "widths 40.0 True True",
                "merged ['A2:A3']",
                "filter A1:F3",
                "validation [('list', '\"順調,遅れ\"', 'F2:F100')]",
                "header True FFDDEBF7 center True thin",
                "formats #,##0 0.0% [$-411]ggge\"年\"m\"月\"d\"日\" yyyy-mm-dd True",
                "values 1234567 2020-04-01 00:00:00 =C3/C2",
                "totals True FFC00000 =SUM('取組一覧'!C2:C3)",
                "cached 0.00405 1239567",
            ])
        try WriterTestSupport.expectWellFormedParts(url)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("a.xlsx"), second = dir.appendingPathComponent("b.xlsx")
        try writePlanSheet(to: first)
        try writePlanSheet(to: second)
        let bytes = try Data(contentsOf: first)
        #expect(bytes.count > 1000)
        #expect(bytes == (try Data(contentsOf: second)))
    }

    @Test func compressingOnASecondCoreWritesTheSameBytesAsOneCore() throws {
        func bytes(parallel: Bool) throws -> Data {
            try WorkbookWriter.data(options: .init(parallelCompression: parallel)) { book in
                try book.addSheet(named: "S") { sheet in
                    // Several megabytes of sheet XML: many background blocks.
                    for i in 0..<60_000 {
                        try sheet.append([.number(Double(i) / 7), .string("取組\(i % 97)"), .date(ExcelDate(serial: Double(40_000 + i % 900)))])
                    }
                }
            }
        }
        let parallel = try bytes(parallel: true)
        #expect(parallel.count > 500_000)
        #expect(parallel == (try bytes(parallel: false)))
    }

    @Test func inlineStringsReadBackLikeSharedOnes() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shared = dir.appendingPathComponent("shared.xlsx"), inline = dir.appendingPathComponent("inline.xlsx")
        try writePlanSheet(to: shared)
        try writePlanSheet(to: inline, options: .init(stringStorage: .inline))
        let parts = try WriterTestSupport.expectWellFormedParts(inline)
        #expect(!parts.contains("xl/sharedStrings.xml"))
        #expect(try WriterTestSupport.openpyxlCells(inline) == (try WriterTestSupport.openpyxlCells(shared)))
    }

    @Test func sharedStringTableStaysCorrectWhenItsMemoryBudgetForcesItToForget() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("budget.xlsx")
        try WorkbookWriter.write(to: url, options: .init(sharedStringMemoryBudget: 1 << 16)) { book in
            try book.addSheet(named: "S") { sheet in
                for i in 0..<5_000 { try sheet.append([.string("unique value number \(i)"), .string(i % 2 == 0 ? "順調" : "遅れ")]) }
            }
        }
        let rows = try WriterTestSupport.openpyxlCells(url)["S"] ?? []
        #expect(rows.count == 5_000)
        #expect(rows[4_999] == ["s:unique value number 4999", "s:遅れ"])
        #expect(rows.enumerated().allSatisfy { $0.element == ["s:unique value number \($0.offset)", $0.offset % 2 == 0 ? "s:順調" : "s:遅れ"] })
    }

    @Test func estimatesWidthsCountingFullWidthCharactersDouble() {
        #expect(ColumnWidthEstimator.displayWidth(of: "ＲＰＡ導入") == 10)
        #expect(ColumnWidthEstimator.displayWidth(of: "RPA") == 3)
        #expect(ColumnWidthEstimator.displayWidth(of: "一行目\nsecond line") == 11)
        #expect(ColumnWidthEstimator.displayWidth(of: .number(1_234_567)) == 9)
        #expect(ColumnWidthEstimator.columnWidth(forDisplayWidth: 1) == 8.43)
        #expect(ColumnWidthEstimator.columnWidth(forDisplayWidth: 500) == 80)
    }

    @Test func writesAnEmptySheetWhenNoneWasAddedBecauseExcelNeedsOne() throws {
        let dir = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("empty.xlsx")
        try WorkbookWriter.write(to: url) { _ in }
        #expect(try WriterTestSupport.openpyxlCells(url) == ["Sheet1": []])
        try WriterTestSupport.expectWellFormedParts(url)
    }
}
