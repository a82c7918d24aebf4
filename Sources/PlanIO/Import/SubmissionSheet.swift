import XLSX

/// One sheet of a submission as the importer sees it: rows of values and the merged ranges.
///
/// The importer works on this small value rather than on a workbook, so that layouts can be
/// tested with grids written in the test, and any reader that yields rows can feed it.
public struct SubmissionSheet: Sendable, Hashable {
    /// The sheet's name.
    public var name: String
    /// Rows from row 1 (index 0); each from column A.
    public var rows: [[CellValue]]
    /// Merged ranges as the sheet lists them.
    public var mergedRanges: [CellRange]
    /// Whether the workbook hides the sheet.
    public var isHidden: Bool
    /// Zero-based indices of the rows the sheet hides.
    public var hiddenRows: Set<Int>
    /// Zero-based columns the sheet hides.
    public var hiddenColumns: Set<Int>
    /// Number format codes of number cells shown as a percent or with a unit (as the reader gives them: row numbers from 1).
    public var numberFormats: [CellReference: String]

    /// Makes a sheet.
    public init(name: String, rows: [[CellValue]], mergedRanges: [CellRange] = [], isHidden: Bool = false,
                hiddenRows: Set<Int> = [], hiddenColumns: Set<Int> = [], numberFormats: [CellReference: String] = [:]) {
        self.name = name
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.isHidden = isHidden
        self.hiddenRows = hiddenRows
        self.hiddenColumns = hiddenColumns
        self.numberFormats = numberFormats
    }

    /// The value at a zero-based row index and column, `.empty` outside the data.
    subscript(row: Int, column: Int) -> CellValue {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return .empty }
        return rows[row][column]
    }

    /// The text at a zero-based row index and column, trimmed.
    func text(_ row: Int, _ column: Int?) -> String {
        guard let column else { return "" }
        return ImportText.trimmed(ImportText.text(of: self[row, column]))
    }

    /// Whether the sheet has no value at all.
    var isEmpty: Bool { rows.allSatisfy { $0.allSatisfy(\.isEmpty) } }

    /// The merged range whose top-left cell is at a zero-based row and column, if any.
    func mergedRange(startingAt row: Int, column: Int) -> CellRange? {
        let reference = CellReference(row: row + 1, column: column)
        return mergedRanges.first { $0.first == reference }
    }

    /// The sheet with every merged range filled with its top-left value: a merged initiative cell
    /// applies to every indicator row it spans.
    func fillingMergedRanges() -> SubmissionSheet {
        var filled = self
        // A merge may reach far below the data (a whole column merged); only the rows that exist are filled,
        // so a hostile file cannot make the importer build a million empty rows.
        let clipped = mergedRanges.compactMap { range -> CellRange? in
            guard range.first.row <= rows.count else { return nil }
            return CellRange(range.first, CellReference(row: min(range.last.row, rows.count), column: range.last.column))
        }
        filled.rows = SheetGrid(rows: rows, mergedRanges: clipped).fillingMergedRanges().rows
        return filled
    }

    /// Makes a sheet from a grid the XLSX reader returned.
    public init(name: String, grid: SheetGrid, isHidden: Bool = false) {
        let width = grid.columnCount
        self.init(name: name, rows: grid.rows, mergedRanges: grid.mergedRanges, isHidden: isHidden,
                  hiddenRows: Set(grid.hiddenRows.map { $0 - 1 }),
                  hiddenColumns: Set((0..<width).filter(grid.isColumnHidden)),
                  numberFormats: grid.numberFormats)
    }

    /// The sheet with numbers shown as their format shows them (0.405 in a `0.0%` cell reads `40.5%`,
    /// 12 in a `#,##0"業務"` cell reads `12業務`), so the figure keeps its unit.
    func applyingNumberFormats() -> SubmissionSheet {
        guard !numberFormats.isEmpty else { return self }
        var shown = self
        for (reference, code) in numberFormats {
            let row = reference.row - 1
            guard row >= 0, row < rows.count, reference.column < rows[row].count,
                  case .number(let number) = rows[row][reference.column],
                  let text = DisplayedNumber.text(number, format: code) else { continue }
            shown.rows[row][reference.column] = .string(text)
        }
        return shown
    }
}
