import Foundation
import Testing
@testable import XLSX

/// The grid says which rows and columns the sheet hides, and which number cells a format shows as a
/// percent or with text (a unit) around them, with both sheet parsers.
@Suite struct ReaderHiddenAndFormatTests {
    private static func book() throws -> Workbook {
        let sheet = ReaderFixtures.sheet(
            """
            <row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>0.405</v></c><c r="C1" s="2"><v>12</v></c><c r="D1" s="3"><v>7</v></c></row>
            <row r="2" hidden="1"><c r="A2"><v>2</v></c></row>
            <row r="3" hidden="true"><c r="A3"><v>3</v></c></row>
            <row r="4"><c r="A4" s="4"><v>5</v></c></row>
            """,
            before: #"<cols><col min="2" max="3" hidden="1"/><col min="5" max="5" width="9"/><col min="7" max="16384" hidden="1"/></cols>"#)
        let styles = ReaderFixtures.styles(formatIDs: [0, 10, 164, 3, 165], customFormats: [164: "#,##0\"業務\"", 165: "yyyy/mm/dd"])
        return try Workbook(data: ReaderFixtures.workbook(sheet, styles: styles), name: "hidden.xlsx")
    }

    @Test(arguments: [SheetParserChoice.scanner, .libxml2])
    func exposesHiddenRowsAndColumnRanges(_ parser: SheetParserChoice) throws {
        let book = try Self.book()
        book.sheetParserChoice = parser
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.hiddenRows == [2, 3])
        #expect(grid.hiddenColumns == [1...2, 6...16383])
        #expect(grid.isColumnHidden(2) && !grid.isColumnHidden(3) && grid.isColumnHidden(9000))
    }

    @Test(arguments: [SheetParserChoice.scanner, .libxml2])
    func givesTheFormatOfPercentAndUnitCellsOnly(_ parser: SheetParserChoice) throws {
        let book = try Self.book()
        book.sheetParserChoice = parser
        let grid = try book.grid(of: book.sheets[0])
        #expect(grid.numberFormats == [CellReference(row: 1, column: 1): "0.00%", CellReference(row: 1, column: 2): "#,##0\"業務\""])
        #expect(grid.rows[0][1] == .number(0.405))
    }
}
