import Foundation
import Testing
@testable import XLSX

/// Workbooks that print like documents: page setup, print titles and row heights for wrapped text,
/// checked part by part against the exact XML, and read back by openpyxl.
@Suite struct WriterPrintLayoutTests {
    static let worksheetOpen =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    static let margins = "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"

    @Test func landscapeFitToWidthWritesSheetPrPrintOptionsAndPageSetup() throws {
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.setPageSetup(.landscapeFitToWidth)
                try sheet.append([.number(1)])
            }
        }
        let xml = try WriterTestSupport.part("xl/worksheets/sheet1.xml", of: data)
        #expect(
            xml == Self.worksheetOpen
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\"/></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"18.75\"/><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
                + "<printOptions horizontalCentered=\"1\"/>" + Self.margins
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>")
    }

    @Test func aPortraitA3PageWithoutScalingWritesOnlyPageSetup() throws {
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "S") { sheet in sheet.setPageSetup(PageSetup(paperSize: .a3)) }
        }
        let xml = try WriterTestSupport.part("xl/worksheets/sheet1.xml", of: data)
        #expect(
            xml == Self.worksheetOpen
                + "<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\"/></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"18.75\"/><sheetData></sheetData>"
                + Self.margins + "<pageSetup paperSize=\"8\" orientation=\"portrait\"/></worksheet>")
    }

    @Test func aFilterAndFitToPageShareOneSheetPr() throws {
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "S") { sheet in
                sheet.setPageSetup(.landscapeFitToWidth)
                try sheet.append(["a", "b"])
                sheet.autoFilter(CellRange(CellReference(row: 1, column: 0), CellReference(row: 1, column: 1)))
            }
        }
        let xml = try WriterTestSupport.part("xl/worksheets/sheet1.xml", of: data)
        #expect(xml.contains("relationships\"><sheetPr filterMode=\"0\"><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews>"))
    }

    @Test func printTitlesAreDefinedNamesPerSheetBesideTheFilter() throws {
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "概要") { sheet in try sheet.append(["x"]) }
            try book.addSheet(named: "取組'一覧") { sheet in
                sheet.repeatRowsOnEveryPage(1...2)
                try sheet.append(["a", "b"])
                sheet.autoFilter(CellRange(CellReference(row: 1, column: 0), CellReference(row: 3, column: 1)))
            }
            try book.addSheet(named: "遅れ") { sheet in sheet.printAsDocument(headerRows: 1) }
        }
        let xml = try WriterTestSupport.part("xl/workbook.xml", of: data)
        #expect(
            xml.contains(
                "</sheets><definedNames>"
                    + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">'取組''一覧'!$A$1:$B$3</definedName>"
                    + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'取組''一覧'!$1:$2</definedName>"
                    + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'遅れ'!$1:$1</definedName>"
                    + "</definedNames><calcPr"), "\(xml)")
    }

    @Test func printTitleRowsOutsideTheSheetAreRefused() throws {
        #expect(throws: XLSXWriteError.self) {
            _ = try WorkbookWriter.data { book in
                try book.addSheet(named: "S") { sheet in
                    sheet.repeatRowsOnEveryPage(0...1)
                    try sheet.append(["a"])
                }
            }
        }
    }

    @Test func wrappedRowsGetAHeightFromTheirLinesAndTheColumnWidth() throws {
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "S") { sheet in
                sheet.setColumnWidth(0, 11)
                sheet.setColumnWidth(1, 6)
                sheet.estimateRowHeights()
                try sheet.append(["見出し"], style: .header) // one line: no height
                try sheet.append(["一行目\n二行目\n三行目"], style: .wrapped) // three lines
                try sheet.append([.string("short"), .string("あいうえお")], style: .wrapped) // 10 cells in 5: two lines
                try sheet.append([.string("一行目\n二行目\n三行目")]) // not wrapped: no height
                try sheet.append(cells: [StyledCell(.string("一\n二"), style: CellStyle(fontSize: 22, wrapText: true))])
            }
        }
        let xml = try WriterTestSupport.part("xl/worksheets/sheet1.xml", of: data)
        let rows = xml.split(separator: "<row ").dropFirst().map { String($0.prefix { $0 != ">" }) }
        #expect(
            rows == [
                "r=\"1\"", "r=\"2\" ht=\"56.25\" customHeight=\"1\"", "r=\"3\" ht=\"37.5\" customHeight=\"1\"",
                "r=\"4\"", "r=\"5\" ht=\"75\" customHeight=\"1\"",
            ])
    }

    @Test func autoFittedColumnsWrapOnlyPastTheirWidestCell() throws {
        let long = String(repeating: "あ", count: 60) // 120 cells: the column stops at 80 and wraps
        let data = try WorkbookWriter.data { book in
            try book.addSheet(named: "S") { sheet in
                sheet.autoFitColumns()
                sheet.estimateRowHeights()
                try sheet.append([.string("予定")], style: .wrapped)
                try sheet.append([.string(long)], style: .wrapped)
            }
        }
        let xml = try WriterTestSupport.part("xl/worksheets/sheet1.xml", of: data)
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"80\" customWidth=\"1\"/>"))
        #expect(xml.contains("<row r=\"1\"><c"))
        #expect(xml.contains("<row r=\"2\" ht=\"37.5\" customHeight=\"1\">"))
    }

    @Test func estimatesLinesCountingFullWidthCharactersDouble() {
        #expect(RowHeightEstimator.lineCount(of: "", columnWidth: 10) == 1)
        #expect(RowHeightEstimator.lineCount(of: "123456789", columnWidth: 10) == 1)
        #expect(RowHeightEstimator.lineCount(of: "1234567890", columnWidth: 10) == 2)
        #expect(RowHeightEstimator.lineCount(of: "あいうえお", columnWidth: 11) == 1)
        #expect(RowHeightEstimator.lineCount(of: "あいうえおか", columnWidth: 11) == 2)
        #expect(RowHeightEstimator.lineCount(of: "a\n\nb", columnWidth: 10) == 3)
        #expect(RowHeightEstimator.height(lines: 1) == 18.75)
        #expect(RowHeightEstimator.height(lines: 100) == 409)
    }

    @Test func openpyxlReadsThePageSetupPrintTitlesAndRowHeights() throws {
        let scratch = try WriterTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let url = scratch.appendingPathComponent("print.xlsx")
        try WorkbookWriter.write(to: url) { book in
            try book.addSheet(named: "取組一覧") { sheet in
                sheet.setColumnWidth(0, 11)
                sheet.printAsDocument(headerRows: 1)
                try sheet.append(["取組項目"], style: .header)
                try sheet.append(["一行目\n二行目"], style: .wrapped)
            }
        }
        let python = try WriterTestSupport.requireTool("python3")
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["取組一覧"]
            print(ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                  ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_options.horizontalCentered, ws.print_title_rows,
                  ws.row_dimensions[2].height, ws.row_dimensions[1].height)
            """
        let result = try WriterTestSupport.run(python, ["-c", script, url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "landscape 9 1 0 True True $1:$1 37.5 None\n")
    }
}
