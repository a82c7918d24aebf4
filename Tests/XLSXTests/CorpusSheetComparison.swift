import Foundation
import Testing
import XLSX

/// Walks every cell of a corpus workbook beside its expected values (`expected/FILE/index.json`
/// and one `N.json` per sheet, written by the corpus's own script), for both conformance
/// suites (XLSX and legacy .xls/.ods): each suite decides what a differing cell means.
enum CorpusSheetComparison {
    /// One cell of the workbook with the value expected there.
    struct Cell {
        var file: String
        var sheet: String
        var reference: CellReference
        var ours: CellValue
        var expected: CorpusExpectedValue

        /// Whether our value is the expected one.
        var matches: Bool { CorpusExpectedValue(ours).matches(expected) }

        /// `FILE [SHEET] B7: ours … expected …`, for a report line.
        var difference: String { "\(file) [\(sheet)] \(reference): ours \(CorpusExpectedValue(ours)) expected \(expected)" }
    }

    /// Hands every cell of `file` to `visit`, comparing the sheets' names with the index as it goes.
    /// Long sheets are cut to the rows expected/ keeps; sheets that no reference reader could read
    /// (`values_from: none…`) have nothing to compare with and are passed over.
    static func compare(_ file: URL, expectedFolder: URL, requireValues: Bool, visit: (Cell) -> Void) throws {
        let index = try JSONDecoder().decode(
            CorpusExpectedIndex.self,
            from: Data(contentsOf: expectedFolder.appendingPathComponent("index.json")))
        let book = try Workbook(contentsOf: file)
        for sheet in book.sheets {
            let expectedSheet = index.sheets.first { $0.index == sheet.index - 1 }
            if let expectedSheet {
                #expect(sheet.name == expectedSheet.name, "\(file.lastPathComponent): sheet \(sheet.index) name")
            }
            if expectedSheet?.values_from?.hasPrefix("none") == true { continue }
            let valuesURL = expectedFolder.appendingPathComponent("\(sheet.index - 1).json")
            let present = FileManager.default.fileExists(atPath: valuesURL.path)
            if requireValues { #expect(present, "\(file.lastPathComponent): sheet \(sheet.index) has no expected values") }
            guard present else { continue }
            let expectedRows = try JSONDecoder().decode([[CorpusExpectedValue]].self, from: Data(contentsOf: valuesURL))
            var grid = try book.grid(of: sheet)
            let kept = expectedSheet?.truncated == true ? expectedSheet?.rows_written ?? index.max_rows_kept : index.max_rows_kept
            if grid.rows.count > kept { grid.rows.removeLast(grid.rows.count - kept) }
            let rowCount = max(grid.rows.count, expectedRows.count)
            let columnCount = max(grid.columnCount, expectedRows.map(\.count).max() ?? 0)
            for row in 0..<rowCount {
                for column in 0..<columnCount {
                    let reference = CellReference(row: row + 1, column: column)
                    let expected = row < expectedRows.count && column < expectedRows[row].count ? expectedRows[row][column] : .null
                    visit(
                        Cell(
                            file: file.lastPathComponent, sheet: sheet.name, reference: reference, ours: grid[reference],
                            expected: expected))
                }
            }
        }
    }
}
