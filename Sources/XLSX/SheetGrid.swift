/// A whole sheet in memory: rows of values from row 1, plus the merged ranges.
///
/// Convenient for small sheets and tests; for large ones stream with
/// ``Workbook/forEachRow(in:_:)`` instead.
public struct SheetGrid: Sendable, Hashable {
    /// Rows from row 1 (index 0) to the last row with a value; each from column A to its last value.
    public var rows: [[CellValue]]
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
    public init(rows: [[CellValue]], mergedRanges: [CellRange] = [], hiddenRows: Set<Int> = [],
                hiddenColumns: [ClosedRange<Int>] = [], numberFormats: [CellReference: String] = [:]) {
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.hiddenRows = hiddenRows
        self.hiddenColumns = hiddenColumns
        self.numberFormats = numberFormats
    }

    /// Whether the sheet hides a zero-based column.
    public func isColumnHidden(_ column: Int) -> Bool {
        hiddenColumns.contains { $0.contains(column) }
    }

    /// The value at a cell, ``CellValue/empty`` outside the data.
    public subscript(reference: CellReference) -> CellValue {
        let rowIndex = reference.row - 1
        guard rowIndex >= 0, rowIndex < rows.count, reference.column >= 0, reference.column < rows[rowIndex].count else {
            return .empty
        }
        return rows[rowIndex][reference.column]
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// The grid with every merged range filled with its top-left value, the way a
    /// reader of a printed sheet sees a merged header apply to all the columns below it.
    ///
    /// Ranges are clipped to the data (its rows and its widest row's columns) and each
    /// distinct range is filled once, so a thousand copies of `A2:XFD300` cost one fill of
    /// the cells that exist. Where ranges overlap (Excel never writes that), the later wins.
    public func fillingMergedRanges() -> SheetGrid {
        var filled = self
        let lastDataRow = rows.count
        let lastDataColumn = columnCount - 1
        var seen = Set<CellRange>()
        for range in mergedRanges where seen.insert(range).inserted {
            let value = self[range.first]
            guard !value.isEmpty else { continue }
            // A non-empty top-left cell lies inside the data, so both clipped ends are ≥ the first.
            let lastRow = min(range.last.row, lastDataRow)
            let lastColumn = min(range.last.column, lastDataColumn)
            for row in range.first.row...lastRow {
                let index = row - 1
                if filled.rows[index].count <= lastColumn {
                    filled.rows[index].append(contentsOf: repeatElement(CellValue.empty, count: lastColumn + 1 - filled.rows[index].count))
                }
                for column in range.first.column...lastColumn { filled.rows[index][column] = value }
            }
        }
        return filled
    }
}
