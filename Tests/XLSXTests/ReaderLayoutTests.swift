import Foundation
import Testing
@testable import XLSX

/// Cells that other readers would place differently, drop or reinterpret are refused with
/// an error naming the sheet and the cell, by the sheet scanner and by libxml2 alike.
@Suite struct ReaderLayoutTests {
    /// The error both parsers give for a sheet (they must give the same one).
    private func refusal(_ sheetData: String) throws -> String {
        let data = ReaderFixtures.builder(sheets: [("調査票", ReaderFixtures.sheet(sheetData))]).build()
        var messages: [String] = []
        for choice in [SheetParserChoice.scanner, .libxml2] {
            let book = try Workbook(data: data, name: "t.xlsx")
            book.sheetParserChoice = choice
            let error = try #require(throws: XLSXError.self) { _ = try book.grid(of: book.sheets[0]) }
            messages.append(error.description)
        }
        #expect(messages[0] == messages[1])
        return messages[0]
    }

    private let prefix = "t.xlsx: part xl/worksheets/sheet1.xml cell "

    @Test func refusesRowsOutOfOrder() throws {
        let rows = (1...3).reversed().map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        #expect(try refusal(rows) == prefix + "A2: sheet \"調査票\": row 2 comes after row 3 (rows out of order)")
    }

    @Test func refusesARowWrittenTwice() throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"B1\"><v>2</v></c></row>")
                == prefix + "B1: sheet \"調査票\": row 1 is written twice")
    }

    @Test func refusesACellWrittenTwiceInARow() throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"A1\"><v>3</v></c></row>")
                == prefix + "A1: sheet \"調査票\": the cell is written twice in its row (other readers would keep one or the other)")
    }

    @Test func refusesACellWhoseReferenceDisagreesWithItsRow() throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"B5\"><v>1</v></c></row>")
                == prefix + "B5: sheet \"調査票\": the cell is written inside row 1")
    }

    @Test(arguments: ["AAAA1", "1A", "A0", "A01", "A1048577", "A", "B-1"])
    func refusesReferencesOutsideExcelsGrid(reference: String) throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"\(reference)\"><v>1</v></c></row>")
                == prefix + "\(reference): sheet \"調査票\": the reference is not a cell of Excel's grid (A1 to XFD1048576)")
    }

    @Test func stillPlacesCellsOutOfOrderWithinARowByTheirReferences() throws {
        let data = ReaderFixtures.workbook(ReaderFixtures.sheet("<row r=\"2\"><c r=\"C2\"><v>3</v></c><c r=\"A2\"><v>1</v></c></row>"))
        let book = try Workbook(data: data, name: "t.xlsx")
        #expect(try book.grid(of: book.sheets[0]).rows == [[], [1, .empty, 3]])
    }

    @Test(arguments: ["2020-02-30", "2019-02-29", "2020-04-31", "2020-13-01"])
    func refusesImpossibleDates(text: String) throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>\(text)</v></c></row>")
                == prefix + "A1: the date \"\(text)\" is not ISO 8601")
    }

    @Test(arguments: ["0x1A", "inf", "nan", "1e", "--1", "1.2.3", "１２"])
    func refusesNumbersExcelDoesNotWrite(text: String) throws {
        #expect(
            try refusal("<row r=\"1\"><c r=\"A1\"><v>\(text)</v></c></row>")
                == prefix + "A1: the number \"\(text)\" cannot be read")
    }

    @Test func readsEveryNumberFormXMLSchemaAllows() throws {
        let texts = ["-1.5E-3", "6.02E+23", "+4", ".5", "5.", "12345678901234567890", " 7 "]
        let cells = texts.enumerated().map { "<c r=\"\(CellReference.columnName($0.offset))1\"><v>\($0.element)</v></c>" }.joined()
        let book = try Workbook(data: ReaderFixtures.workbook(ReaderFixtures.sheet("<row r=\"1\">\(cells)</row>")), name: "t.xlsx")
        #expect(try book.grid(of: book.sheets[0]).rows == [[-0.0015, 6.02e23, 4, 0.5, 5, .number(1.234567890123456789e19), 7]])
    }
}

/// A whole sheet in memory costs what its cells cost; merged ranges are clipped to the data and filled once.
@Suite struct SheetGridMergeTests {
    @Test func aThousandMergesReachingColumnXFDFillOnlyTheDataColumns() throws {
        var rows: [[CellValue]] = [["部局", "取組", "目標"]]
        for row in 2...300 { rows.append(row == 2 ? ["総務部", "ＲＰＡ", 1] : [.empty, .empty, CellValue.number(Double(row))]) }
        let bomb = [CellRange](repeating: try #require(CellRange("A2:XFD300")), count: 1_000)
        let filled = SheetGrid(rows: rows, mergedRanges: bomb).fillingMergedRanges()
        #expect(filled.rows.count == 300)
        #expect(filled.rows.allSatisfy { $0.count == 3 })
        #expect(filled.rows[1] == ["総務部", "総務部", "総務部"])
        #expect(filled.rows[299] == ["総務部", "総務部", "総務部"])
        #expect(filled.rows[0] == ["部局", "取組", "目標"])
    }

    @Test func theFillCountOfAMergeOverDataReachingColumnXFDSaysTheCostBeforeAnythingIsFilled() throws {
        var rows: [SparseRow<CellValue>] = [["取組", "目標"]]
        for row in 2...300 { rows.append(SparseRow(entries: [(0, row == 2 ? "ＲＰＡ" : .empty), (16_383, CellValue.number(Double(row)))])) }
        let grid = SheetGrid(rows: rows, mergedRanges: [CellRange](repeating: try #require(CellRange("A2:XFD300")), count: 1_000))
        #expect(grid.mergeFillCount == 299 * 16_384)
        let diagonal = (0..<16_384).map { SparseRow<CellValue>(entries: [($0, CellValue.number(1))]) }
        #expect(SheetGrid(rows: diagonal, mergedRanges: [try #require(CellRange("A1:XFD16384"))]).mergeFillCount == 16_384 * 16_384)
    }

    @Test func aMergeFillsTheColumnsItSpansWithinTheDataEvenWhereTheyAreOtherwiseEmpty() throws {
        let grid = SheetGrid(
            rows: [SparseRow(entries: [(0, "目標"), (4, 1)]), [2020, .empty, .empty, 2022, 5]],
            mergedRanges: [try #require(CellRange("A1:D1"))])
        #expect(grid.mergeFillCount == 4)
        #expect(grid.fillingMergedRanges().rows[0] == ["目標", "目標", "目標", "目標", 1])
    }

    @Test func aMergeBelowTheDataAddsNoRows() throws {
        let filled = SheetGrid(rows: [["a", "b"]], mergedRanges: [try #require(CellRange("A1:A1048576"))]).fillingMergedRanges()
        #expect(filled.rows == [["a", "b"]])
    }
}

/// The date system and ISO dates as the workbook writes them.
@Suite struct ReaderDateSystemTests {
    private func firstCell(_ cell: String, workbookPr: String = "", styles: String? = nil) throws -> CellValue {
        let data = ReaderFixtures.workbook(ReaderFixtures.sheet("<row r=\"1\">\(cell)</row>"), styles: styles, workbookPr: workbookPr)
        let book = try Workbook(data: data, name: "t.xlsx")
        return try book.grid(of: book.sheets[0])[CellReference(row: 1, column: 0)]
    }

    @Test func macExcelsSecondWorkbookPrInAnExtensionDoesNotSwitchDate1904Off() throws {
        let workbookPr =
            "<workbookPr date1904=\"1\"/><extLst><ext uri=\"{7523E5D3-25F3-A5E0-1632-64F254C22452}\" "
            + "xmlns:mx=\"http://schemas.microsoft.com/office/mac/excel/2008/main\"><mx:workbookPr/></ext></extLst>"
        let value = try firstCell(
            "<c r=\"A1\" s=\"0\"><v>0</v></c>", workbookPr: workbookPr,
            styles: ReaderFixtures.styles(formatIDs: [14]))
        #expect(value == .date(ExcelDate(year: 1904, month: 1, day: 1)))
        #expect(try Workbook(data: ReaderFixtures.workbook(ReaderFixtures.sheet(""), workbookPr: workbookPr), name: "t.xlsx").date1904)
    }

    @Test(arguments: ["1800-06-15", "1899-12-31", "1899-12-30", "1900-01-01", "1900-02-28", "1900-03-01", "0001-01-01"])
    func readsTheDayAnISODateCellNames(text: String) throws {
        let value = try firstCell("<c r=\"A1\" t=\"d\"><v>\(text)</v></c>")
        guard case .date(let date) = value else { Issue.record("got \(value)"); return }
        #expect(date.isoString == text)
        var exported: [UInt8] = []
        CellValueText.appendDate(date, to: &exported)
        #expect(String(decoding: exported, as: UTF8.self) == text)
    }

    @Test func readsAnISODateTimeBefore1900() throws {
        let value = try firstCell("<c r=\"A1\" t=\"d\"><v>1899-12-31T12:30:00</v></c>")
        guard case .date(let date) = value else { Issue.record("got \(value)"); return }
        #expect(date.isoString == "1899-12-31T12:30:00")
    }
}
