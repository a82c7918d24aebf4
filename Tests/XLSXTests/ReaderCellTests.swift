import Foundation
import Testing
@testable import XLSX

@Suite struct ReaderCellTests {
    private func firstSheetGrid(_ data: Data) throws -> SheetGrid {
        let book = try Workbook(data: data, name: "t.xlsx")
        return try book.grid(of: try #require(book.sheets.first))
    }

    @Test func readsCellsOfEveryType() throws {
        let sheet = ReaderFixtures.sheet(
            """
            <row r="1"><c r="A1"><v>42</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c>\
            <c r="D1" t="str"><f>UPPER("x")</f><v>X</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="G1" t="d"><v>2020-04-01T09:30:00</v></c><c r="H1"><v>-1.5E-3</v></c><c r="I1" t="n"><f>SUM(A1:A1)</f><v>42</v></c></row>
            """)
        let data = ReaderFixtures.workbook(sheet, sharedStrings: ReaderFixtures.sharedStrings(["<t>shared</t>"]))
        let book = try Workbook(data: data, name: "t.xlsx")
        var rows: [Row] = []
        try book.forEachRow(in: book.sheets[0]) { rows.append($0) }
        let row = try #require(rows.first)
        #expect(row.number == 1)
        #expect(
            row.values == [
                42, "shared", "inline", "X", true, .error("#DIV/0!"),
                .date(ExcelDate(year: 2020, month: 4, day: 1, hour: 9, minute: 30)), -0.0015, 42,
            ])
        #expect(row.cells[3].formula == "UPPER(\"x\")")
        #expect(row.cells[8].formula == "SUM(A1:A1)")
        #expect(row.cells[0].formula == nil)
    }

    @Test func placesCellsAndRowsWithoutReferencesAfterThePreviousOnes() throws {
        let sheet = ReaderFixtures.sheet(
            """
            <row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>
            """)
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet))
        #expect(grid.rows == [[1, 2], [], [], [.empty, .empty, 3, 4], [5]])
    }

    @Test func takesTheRowNumberFromCellReferencesWhenTheRowHasNone() throws {
        let sheet = ReaderFixtures.sheet("<row><c r=\"A2\"><v>1</v></c></row><row><c r=\"B5\"><v>2</v></c></row><row><c><v>3</v></c></row>")
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet))
        #expect(grid.rows == [[], [1], [], [], [.empty, 2], [3]])
    }

    @Test func keepsWhitespaceAndDecodesEscapesInSharedStrings() throws {
        let strings = ReaderFixtures.sharedStrings([
            "<t>  padded  </t>", "<t xml:space=\"preserve\"> kept </t>", "<t>ABC_x000D_&#10;DEF</t>",
            "<t>under_x005F_x0041_score</t>", "<t>_xD83D__xDE00_</t>",
        ])
        let sheet = ReaderFixtures.sheet((0..<5).map { "<row r=\"\($0 + 1)\"><c t=\"s\"><v>\($0)</v></c></row>" }.joined())
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet, sharedStrings: strings))
        #expect(grid.rows.map { $0.first } == ["  padded  ", " kept ", "ABC\r\nDEF", "under_x0041_score", "😀"])
    }

    @Test func joinsRichTextRunsAndLeavesOutFurigana() throws {
        let strings = ReaderFixtures.sharedStrings([
            "<r><rPr><b/></rPr><t>行財政</t></r><r><t>改革</t></r><rPh sb=\"0\" eb=\"3\"><t>ギョウザイセイ</t></rPh><phoneticPr fontId=\"1\"/>"
        ])
        let sheet = ReaderFixtures.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>取組</t></r><rPh><t>トリクミ</t></rPh></is></c></row>")
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet, sharedStrings: strings))
        #expect(grid.rows == [["行財政改革", "取組"]])
    }

    @Test func showsDateFormattedNumbersAsDatesAndElapsedFormatsAsDurations() throws {
        let styles = ReaderFixtures.styles(
            formatIDs: [0, 14, 164, 165, 166, 57, 46],
            customFormats: [164: "[$-411]ggge\"年\"m\"月\"d\"日\"", 165: "[h]:mm", 166: "0.00\"d\""])
        let sheet = ReaderFixtures.sheet(
            """
            <row r="1"><c s="0"><v>43922</v></c><c s="1"><v>43922</v></c><c s="2"><v>43922</v></c><c s="3"><v>1.5</v></c>\
            <c s="4"><v>2</v></c><c s="5"><v>43922</v></c><c s="6"><v>0.5</v></c><c s="1"><v>-3</v></c></row>
            """)
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet, styles: styles))
        let april1 = CellValue.date(ExcelDate(year: 2020, month: 4, day: 1))
        #expect(grid.rows == [[43922, april1, april1, .duration(1.5), 2, april1, .duration(0.5), -3]])
    }

    @Test func followsThe1904DateSystem() throws {
        let styles = ReaderFixtures.styles(formatIDs: [14])
        let sheet = ReaderFixtures.sheet("<row r=\"1\"><c s=\"0\"><v>42370</v></c></row>")
        let data = ReaderFixtures.workbook(sheet, styles: styles, workbookPr: "<workbookPr date1904=\"1\"/>")
        let book = try Workbook(data: data, name: "t.xlsx")
        #expect(book.date1904)
        #expect(try book.grid(of: book.sheets[0]).rows == [[.date(ExcelDate(year: 2020, month: 1, day: 2))]])
    }

    @Test func readsMergedRangesAfterSheetDataAndFillsThem() throws {
        let sheet = ReaderFixtures.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>部局</t></is></c><c r=\"C1\"><v>1</v></c></row>",
            after: "<mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells>")
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet))
        #expect(grid.mergedRanges == [try #require(CellRange("A1:B2"))])
        // Filling stays inside the data: row 2 holds nothing, so the merge adds no row.
        #expect(grid.fillingMergedRanges().rows == [["部局", "部局", 1]])
    }

    @Test func ignoresAHugeDimension() throws {
        let sheet = ReaderFixtures.sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>", before: "<dimension ref=\"A1:XFD1048576\"/>")
        let grid = try firstSheetGrid(ReaderFixtures.workbook(sheet))
        #expect(grid.rows == [[7]])
    }

    @Test func streamsRowsWithTheirNumbersAndSubscripts() throws {
        let sheet = ReaderFixtures.sheet(
            "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"D2\"><v>2</v></c></row><row r=\"5\"/><row r=\"9\"><c r=\"A9\"><v>3</v></c></row>")
        let book = try Workbook(data: ReaderFixtures.workbook(sheet), name: "t.xlsx")
        var seen: [(Int, CellValue, CellValue)] = []
        try book.forEachRow(in: book.sheets[0]) { seen.append(($0.number, $0[1], $0[3])) }
        #expect(seen.map(\.0) == [2, 9])
        #expect(seen[0].1 == 1 && seen[0].2 == 2)
        #expect(seen[1].1 == .empty)
    }
}
