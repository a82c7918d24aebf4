import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Features of the reader shown on real files from the shared corpus, with their exact values.
@Suite(.needsSharedCorpus) struct ReaderCorpusFileTests {
    private func open(_ name: String) throws -> Workbook { try Workbook(contentsOf: try CorpusFixtures.real(name)) }

    @Test func readsSheetStatesInTransitionalAndStrictWorkbooks() throws {
        for name in ["sheetjs__sheet_visibility.xlsx", "sheetjs__sheet_visibility_strict.xlsx"] {
            let book = try open(name)
            #expect(book.sheets.map(\.name) == ["Visible", "Hidden", "VeryHidden"], "\(name)")
            #expect(book.sheets.map(\.state) == [.visible, .hidden, .veryHidden], "\(name)")
            #expect(book.sheets.map(\.index) == [1, 2, 3])
            let grid = try book.grid(of: book.sheets[0])
            #expect(grid.rows == [["v", "i", "s", "i", "b", "l", "e"], [118, 105, 115, 105, 98, 108, 101]], "\(name)")
        }
    }

    @Test func countsChartSheetsInWorkbookOrder() throws {
        let book = try open("tealeg__testchartsheet.xlsx")
        #expect(book.sheets.map(\.kind) == [.chartsheet, .worksheet])
        #expect(book.sheet(named: "Sheet1")?.index == 2)
        #expect(try book.grid(of: book.sheets[0]).rows.isEmpty)
    }

    @Test func leavesFuriganaOutOfJapaneseText() throws {
        let book = try open("calamine__rph.xlsx")
        #expect(try book.grid(of: book.sheets[0]).rows == [["課きく　毛こ"]])
    }

    @Test func opensArchivesWithBackslashPartNames() throws {
        let book = try open("phpspreadsheet__Zip-Windows-Directory-Separator.xlsx")
        let grid = try book.grid(of: book.sheets[0])
        #expect(Array(grid.rows[0].prefix(3)) == ["Key ID", "Key", "English"])
    }

    @Test func opensAppleNumbersExportsWithZip64LocalExtras() throws {
        let book = try open("roo__numbers-export.xlsx")
        #expect(book.date1904)
        #expect(try book.grid(of: book.sheets[0]).rows == [["Sheet 1"]])
    }

    @Test func readsMergedRangesOfARealSheet() throws {
        let book = try open("sheetjs__merge_cells.xlsx")
        let grid = try book.grid(of: book.sheets[0])
        #expect(Set(grid.mergedRanges.map(\.description)).isSuperset(of: ["A1:B2", "C1:C2", "A3:B3"]))
        let filled = grid.fillingMergedRanges()
        #expect(filled[CellReference(row: 2, column: 1)] == "A1:B2")
        #expect(filled[CellReference(row: 2, column: 2)] == "C1:C2")
    }

    @Test func readsHiddenSheetsAndJapaneseTextOfAGovernmentTemplate() throws {
        let book = try open("dalopop__populaiton_report_template_0001.xlsx")
        #expect(book.sheets.count == 4)
        #expect(book.sheets.contains { $0.state != .visible })
    }
}
