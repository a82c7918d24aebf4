/// A whole sheet in memory: rows of values from row 1, plus the merged ranges.
///
/// Rows are ``SparseRow``s, so the grid costs what its cells cost: one value in column XFD of every
/// row is one value per row, not 16,384. Convenient for small sheets and tests; for large ones
/// stream with ``Workbook/forEachRow(in:_:)`` instead.
public struct SheetGrid: Sendable, Hashable {
    /// Rows from row 1 (index 0) to the last row with a value; each from column A to its last value.
    public var rows: [SparseRow<CellValue>]
    /// The merged ranges, as `<mergeCells>` lists them.
    public var mergedRanges: [CellRange]
    /// One-based numbers of the rows the sheet hides.
    public var hiddenRows: Set<Int>
    /// Zero-based column ranges the sheet hides (`<col hidden="1">`).
    public var hiddenColumns: [ClosedRange<Int>]
    /// The number format code of each number cell whose format shows it differently from the plain
    /// number: a percent (`0.0%`: 0.405 shows as 40.5%) or text such as a unit (`#,##0"業務"`).
    /// Cells with General, plain digit, date and time formats are not listed.
    public var numberFormats: [CellReference: String]

    /// Makes a grid.
    public init(
        rows: [SparseRow<CellValue>], mergedRanges: [CellRange] = [], hiddenRows: Set<Int> = [],
        hiddenColumns: [ClosedRange<Int>] = [], numberFormats: [CellReference: String] = [:]
    ) {
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.hiddenRows = hiddenRows
        self.hiddenColumns = hiddenColumns
        self.numberFormats = numberFormats
    }

    /// Makes a grid from rows written out column by column (tests, small sheets).
    public init(
        rows: [[CellValue]], mergedRanges: [CellRange] = [], hiddenRows: Set<Int> = [],
        hiddenColumns: [ClosedRange<Int>] = [], numberFormats: [CellReference: String] = [:]
    ) {
        self.init(
            rows: rows.map(SparseRow.init), mergedRanges: mergedRanges, hiddenRows: hiddenRows,
            hiddenColumns: hiddenColumns, numberFormats: numberFormats)
    }

    /// Whether the sheet hides a zero-based column.
    public func isColumnHidden(_ column: Int) -> Bool {
        hiddenColumns.contains { $0.contains(column) }
    }

    /// The value at a cell, ``CellValue/empty`` outside the data.
    public subscript(reference: CellReference) -> CellValue {
        let rowIndex = reference.row - 1
        guard rowIndex >= 0, rowIndex < rows.count else { return .empty }
        return rows[rowIndex][reference.column]
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// The zero-based columns that hold a value in some row, ascending.
    public var occupiedColumns: [Int] { MergeFill.occupiedColumns(of: rows) }

    /// How many cells ``fillingMergedRanges()`` would write (saturating at `Int.max`): a caller
    /// given a hostile sheet can refuse it before filling.
    public var mergeFillCount: Int { MergeFill(rows: rows, ranges: mergedRanges).cellCount }

    /// The grid with every merged range filled with its top-left value, the way a
    /// reader of a printed sheet sees a merged header apply to all the columns below it.
    ///
    /// Ranges are clipped to the data (its rows and its widest row's columns) and each
    /// distinct range is filled once, so a thousand copies of `A2:XFD300` cost one fill of the
    /// cells that exist. Where ranges overlap (Excel never writes that), the later wins.
    /// On a sheet from an untrusted file, check ``mergeFillCount`` first: a sheet whose data
    /// reaches column XFD turns one `A1:XFD300` into 4.9 million cells.
    public func fillingMergedRanges() -> SheetGrid {
        var filled = self
        filled.rows = MergeFill(rows: rows, ranges: mergedRanges).filledRows()
        return filled
    }
}
