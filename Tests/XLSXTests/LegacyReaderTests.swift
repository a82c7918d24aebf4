import Foundation
import Testing
@testable import XLSX

/// `.xls` and `.ods` read through the same `Workbook` API as XLSX: the Samples'
/// submissions saved by LibreOffice read to the same values as their `.xlsx` originals,
/// every BIFF8 cell record reads to its value, and the format is told by content.
@Suite struct LegacyReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/PlanIOTests/Fixtures/legacy")
    static let names = ["somu", "kaikei", "kikaku-zaisei", "kiki-kanri-bosai", "kenmin-seikatsu"]

    /// Every sheet as rows of values, without trailing empty rows, with its merged ranges.
    func sheets(of url: URL) throws -> [(info: SheetInfo, grid: SheetGrid)] {
        let book = try Workbook(contentsOf: url)
        return try book.sheets.map { ($0, try book.grid(of: $0)) }
    }

    @Test(arguments: ["table", "free-text"], ["xls", "ods"])
    func libreOfficeSavesReadToTheSameValuesAsTheXLSXOriginals(_ layout: String, _ format: String) throws {
        for name in Self.names {
            let original = try sheets(of: Self.repository.appendingPathComponent("Samples/submissions/first-adopted/\(layout)/\(name).xlsx"))
            let legacy = try sheets(of: Self.fixtures.appendingPathComponent("\(layout)/\(name).\(format)"))
            #expect(legacy.map(\.info.name) == original.map(\.info.name), "\(name).\(format) sheet names")
            #expect(legacy.map(\.info.state) == original.map(\.info.state), "\(name).\(format) sheet visibility")
            for (ours, theirs) in zip(legacy, original) {
                #expect(ours.grid.rows == theirs.grid.rows, "\(layout)/\(name).\(format) [\(ours.info.name)] values")
                #expect(Set(ours.grid.mergedRanges) == Set(theirs.grid.mergedRanges), "\(layout)/\(name).\(format) [\(ours.info.name)] merges")
                #expect(ours.grid.numberFormats == theirs.grid.numberFormats, "\(layout)/\(name).\(format) [\(ours.info.name)] display formats")
            }
        }
    }

    @Test(arguments: ["xls", "ods"])
    func hiddenRowsColumnsAndSheetsReadAsInTheXLSXOriginal(_ format: String) throws {
        let folder = Self.fixtures.appendingPathComponent("hidden")
        let original = try sheets(of: folder.appendingPathComponent("somu.xlsx"))
        let legacy = try sheets(of: folder.appendingPathComponent("somu.\(format)"))
        #expect(legacy.map(\.info.state) == [.visible, .visible, .hidden])
        #expect(legacy.map(\.info.state) == original.map(\.info.state))
        #expect(original[1].grid.hiddenRows == [7])
        #expect(legacy[1].grid.hiddenRows == [7])
        #expect(legacy[1].grid.hiddenColumns == [13...13])
        #expect(legacy[1].grid.isColumnHidden(13) && !legacy[1].grid.isColumnHidden(12))
        for (ours, theirs) in zip(legacy, original) {
            #expect(ours.grid.rows == theirs.grid.rows, "somu.\(format) [\(ours.info.name)] values")
        }
    }

    @Test func odsFormulasReadAsTheExcelTextOfTheXLSXOriginal() throws {
        let folder = Self.fixtures.appendingPathComponent("formulas")
        func formulas(_ name: String) throws -> [String?] {
            let book = try Workbook(contentsOf: folder.appendingPathComponent(name))
            var found: [String?] = []
            try book.forEachRow(in: book.sheets[0]) { row in
                if row.number > 1 { found.append(row.cells.first { $0.column == 3 }?.formula) }
            }
            return found
        }
        let original = try formulas("formulas.xlsx")
        #expect(original.count == 11)
        #expect(original[3] == "元データ!A1*2")
        #expect(original[6] == #"IF(B8>=C8,"達成","未達")"#)
        #expect(try formulas("formulas.ods") == original)
    }

    @Test(arguments: [
        ("of:=SUM([.A1:.B2];[Data.C3])", "SUM(A1:B2,Data!C3)"),
        ("of:=[$'My sheet'.$A$1:.B2]", "'My sheet'!$A$1:B2"),
        ("of:=[$A1.B1]+[$2020.B1]", "'A1'!B1+'2020'!B1"),
        ("of:=SUM({1;2|3;4})", "SUM({1,2;3,4})"),
        ("of:=IF([.A1]=\"a;b|c\";1.5E+3;-2)", "IF(A1=\"a;b|c\",1.5E+3,-2)"),
        ("msoxl:=SUM(A1:A3)", "SUM(A1:A3)"),
        ("oooc:=[.A1]*2", "A1*2"),
    ])
    func openFormulaTranslatesToExcelText(_ formula: String, _ excel: String) {
        let text = Array(formula.utf8).withUnsafeBufferPointer(ODSFormula.excelText)
        #expect(text == excel)
    }

    @Test(arguments: [
        "of:=COM.MICROSOFT.IFS([.A1]>1;1)", "of:=[.#REF!]*2", "of:=SUM([Sheet1.A1:Sheet2.B2])",
        "of:=[.A1:.B2]![.B1:.C3]", "of:=[.A1]~[.B2]", "of:=SUM([.A1", "of:=\"open", "unknown:=A1", "of:=1|2",
    ])
    func openFormulaThatDoesNotTranslateExactlyGivesNoFormula(_ formula: String) {
        #expect(Array(formula.utf8).withUnsafeBufferPointer(ODSFormula.excelText) == nil)
    }

    @Test func biffRowAndColumnInfoHideRowsAndColumnsAndPercentFormatsAreListed() throws {
        typealias B = LegacyFixtureBuilder
        let cell = { (row: UInt16, column: UInt16, xf: UInt16) in B.le16(row) + B.le16(column) + B.le16(xf) }
        // ROW: rw, colMic, colMac, miyRw, 4 reserved bytes, then the options (0x20: hidden) and ixfe.
        let row = { (number: UInt16, options: UInt8) in
            B.record(0x0208, B.le16(number) + B.le16(0) + B.le16(3) + B.le16(255) + [0, 0, 0, 0, options, 1, 0x0F, 0])
        }
        // COLINFO: first, last, width, ixfe, options (1: hidden), reserved.
        let columns = { (first: UInt16, last: UInt16, options: UInt16) in
            B.record(0x007D, B.le16(first) + B.le16(last) + B.le16(2000) + B.le16(15) + B.le16(options) + B.le16(0))
        }
        let cells = [
            columns(1, 1, 1), columns(2, 3, 0), columns(200, 256, 1), // B hidden; C:D shown; GS to the end hidden
            row(0, 0), row(2, 0x20), row(4, 0x20), // rows 3 and 5 hidden (row 5 holds nothing)
            B.record(0x0203, cell(0, 0, 17) + B.le64(0.405)), // 40.50%
            B.record(0x027E, cell(0, 1, 18) + B.le32(12 << 2 | 0x02)), // 12件
            B.record(0x0203, cell(2, 0, 0) + B.le64(3)),
        ]
        let book = try Workbook(data: B.compoundFile(B.workbookStream(cells: cells)), name: "hidden.xls")
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.rows == [[0.405, 12], [], [3]])
        #expect(grid.hiddenRows == [3, 5])
        #expect(grid.hiddenColumns == [1...1, 200...255])
        #expect(grid.numberFormats == [CellReference(row: 1, column: 0): "0.00%", CellReference(row: 1, column: 1): "#,##0\"件\""])
    }

    @Test func everyBIFF8CellRecordReadsToItsValue() throws {
        typealias B = LegacyFixtureBuilder
        let cell = { (row: UInt16, column: UInt16, xf: UInt16) in B.le16(row) + B.le16(column) + B.le16(xf) }
        let cells = [
            B.record(0x00FD, cell(0, 0, 0) + B.le32(1)), // LABELSST → "二番目"
            B.record(0x0203, cell(0, 1, 0) + B.le64(1.5)), // NUMBER
            B.record(0x027E, cell(0, 2, 0) + B.le32(UInt32(bitPattern: Int32(-7 << 2)) | 0x02)), // RK integer
            B.record(0x027E, cell(0, 3, 0) + B.le32(UInt32(truncatingIfNeeded: 1234 << 2) | 0x03)), // RK integer / 100
            B.record(0x0203, cell(1, 0, 16) + B.le64(45_383)), // a date through XF 16
            B.record(0x0205, cell(1, 1, 0) + [1, 0]), // BOOLERR true
            B.record(0x0205, cell(1, 2, 0) + [0x07, 1]), // BOOLERR #DIV/0!
            B.record(0x0204, cell(2, 0, 0) + B.unicodeString("ラベル")), // LABEL (UTF-16)
            B.record(0x0006, cell(2, 1, 0) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + [0, 0, 0, 0, 0, 0]), // FORMULA → STRING
            B.record(0x0207, B.unicodeString("calc")),
            B.record(0x0006, cell(2, 2, 0) + B.le64(42) + [0, 0, 0, 0, 0, 0]), // FORMULA number
            B.record(0x0006, cell(2, 3, 0) + [2, 0, 0x2A, 0, 0, 0, 0xFF, 0xFF] + [0, 0, 0, 0, 0, 0]), // FORMULA #N/A
            B.record(0x00BD, B.le16(4) + B.le16(1) + B.le16(0) + B.le32(0x02 | 8) + B.le16(0) + B.le32(0x02 | 12) + B.le16(2)), // MULRK B5:C5
            B.record(0x00BE, B.le16(5) + B.le16(0) + B.le16(0) + B.le16(0) + B.le16(1)), // MULBLANK: nothing
            B.record(0x00E5, B.le16(1) + B.le16(6) + B.le16(7) + B.le16(0) + B.le16(2)), // MERGECELLS A7:C8
        ]
        let data = B.compoundFile(B.workbookStream(strings: ["一番目", "二番目"], cells: cells))
        let book = try Workbook(data: data, name: "built.xls")
        #expect(book.sheets.map(\.description) == ["1 \"Data\" (visible worksheet)"])
        let grid = try book.grid(of: book.sheets[0])
        #expect(
            grid.rows == [
                ["二番目", 1.5, -7, 12.34],
                [.date(ExcelDate(year: 2024, month: 4, day: 1)), true, .error("#DIV/0!")],
                ["ラベル", "calc", 42, .error("#N/A")],
                [],
                [.empty, 2, 3],
            ])
        #expect(grid.mergedRanges == [CellRange("A7:C8")].compactMap { $0 })
    }

    @Test func theFormatIsToldByContentNotByName() throws {
        let xls = LegacyFixtureBuilder.compoundFile(LegacyFixtureBuilder.workbookStream(cells: []))
        let book = try Workbook(data: xls, name: "misnamed.xlsx")
        #expect(book.sheets.map(\.name) == ["Data"])
        let ods = try Data(contentsOf: Self.fixtures.appendingPathComponent("table/somu.ods"))
        let original = try Workbook(contentsOf: Self.repository.appendingPathComponent("Samples/submissions/first-adopted/table/somu.xlsx"))
        #expect(try Workbook(data: ods, name: "somu.xlsx").sheets.map(\.name) == original.sheets.map(\.name))
    }

    @Test func unreadableFormatsAreNamedInTheMessage() throws {
        let biff4 = Data([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00])
        #expect(throws: XLSXError.unsupportedFormat(file: "old.xls", format: "an Excel 4.0 worksheet (BIFF4)")) {
            try Workbook(data: biff4, name: "old.xls")
        }
        #expect(throws: XLSXError.unsupportedFormat(file: "page.xls", format: "an HTML page saved under a spreadsheet name")) {
            try Workbook(data: Data("<html><table><tr><td>1</td></tr></table></html>".utf8), name: "page.xls")
        }
        #expect(throws: XLSXError.unsupportedFormat(file: "note.xls", format: "no compound-file (OLE2) signature: not an Excel 97–2003 .xls file")) {
            try Workbook(data: Data("Attachment not found!".utf8), name: "note.xls")
        }
    }
}
