import XLSX

/// One sheet of a submission as the importer sees it: rows of values and the merged ranges.
///
/// The importer works on this small value rather than on a workbook, so that layouts can be
/// tested with grids written in the test, and any reader that yields rows can feed it.
public struct SubmissionSheet: Sendable, Hashable {
    /// The sheet's name.
    public var name: String
    /// Rows from row 1 (index 0); each from column A, stored sparsely (see `SparseRow` in XLSX).
    public var rows: [SparseRow<CellValue>]
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
    public init(
        name: String, rows: [SparseRow<CellValue>], mergedRanges: [CellRange] = [], isHidden: Bool = false,
        hiddenRows: Set<Int> = [], hiddenColumns: Set<Int> = [], numberFormats: [CellReference: String] = [:]
    ) {
        self.name = name
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.isHidden = isHidden
        self.hiddenRows = hiddenRows
        self.hiddenColumns = hiddenColumns
        self.numberFormats = numberFormats
    }

    /// Makes a sheet from rows written out column by column (tests, small sheets).
    public init(
        name: String, rows: [[CellValue]], mergedRanges: [CellRange] = [], isHidden: Bool = false,
        hiddenRows: Set<Int> = [], hiddenColumns: Set<Int> = [], numberFormats: [CellReference: String] = [:]
    ) {
        self.init(
            name: name, rows: rows.map(SparseRow.init), mergedRanges: mergedRanges, isHidden: isHidden,
            hiddenRows: hiddenRows, hiddenColumns: hiddenColumns, numberFormats: numberFormats)
    }

    /// The value at a zero-based row index and column, `.empty` outside the data.
    subscript(row: Int, column: Int) -> CellValue {
        guard row >= 0, row < rows.count else { return .empty }
        return rows[row][column]
    }

    /// The text at a zero-based row index and column, trimmed.
    func text(_ row: Int, _ column: Int?) -> String {
        guard let column else { return "" }
        return ImportText.trimmed(ImportText.text(of: self[row, column]))
    }

    /// Whether the sheet has no value at all.
    var isEmpty: Bool { rows.allSatisfy { $0.entryCount == 0 } }

    /// The merged range whose top-left cell is at a zero-based row and column, if any.
    func mergedRange(startingAt row: Int, column: Int) -> CellRange? {
        let reference = CellReference(row: row + 1, column: column)
        return mergedRanges.first { $0.first == reference }
    }

    /// The most cells filling merged ranges may write in one sheet: far above a real sheet (its merges
    /// cover headers and title columns: hundreds of rows by tens of columns), far below what a hostile
    /// one could ask for (one value in column XFD of 16,384 rows under one merge of the whole sheet
    /// asks for 268 million).
    static let maxMergeFilledCells = 1_000_000

    /// How many cells ``fillingMergedRanges()`` would write.
    var mergeFillCount: Int { SheetGrid(rows: rows, mergedRanges: mergedRanges).mergeFillCount }

    /// The sheet with every merged range filled with its top-left value: a merged initiative cell
    /// applies to every indicator row it spans. Ranges are clipped to the data
    /// (``SheetGrid/fillingMergedRanges()``), so a merge reaching row 1,048,576 adds no rows.
    func fillingMergedRanges() -> SubmissionSheet {
        var filled = self
        filled.rows = SheetGrid(rows: rows, mergedRanges: mergedRanges).fillingMergedRanges().rows
        return filled
    }

    /// Makes a sheet from a grid the XLSX reader returned.
    public init(name: String, grid: SheetGrid, isHidden: Bool = false) {
        // Hidden columns are listed as ranges (`<col min="1" max="16384" hidden="1">`); only those
        // that hold a value matter, so the set costs the occupied columns, not the ranges' span.
        self.init(
            name: name, rows: grid.rows, mergedRanges: grid.mergedRanges, isHidden: isHidden,
            hiddenRows: Set(grid.hiddenRows.map { $0 - 1 }),
            hiddenColumns: grid.hiddenColumns.isEmpty ? [] : Set(grid.occupiedColumns.filter(grid.isColumnHidden)),
            numberFormats: grid.numberFormats)
    }

    /// The sheet with numbers shown as their format shows them (0.405 in a `0.0%` cell reads `40.5%`,
    /// 12 in a `#,##0"業務"` cell reads `12業務`), so the figure keeps its unit.
    func applyingNumberFormats() -> SubmissionSheet {
        guard !numberFormats.isEmpty else { return self }
        var shown = self
        for (reference, code) in numberFormats {
            let row = reference.row - 1
            guard row >= 0, row < rows.count,
                case .number(let number) = rows[row][reference.column],
                let text = DisplayedNumber.text(number, format: code)
            else { continue }
            shown.rows[row][reference.column] = .string(text)
        }
        return shown
    }
}
