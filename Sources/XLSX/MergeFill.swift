/// Fills merged ranges of a sparse grid with their top-left values, clipped to the data: its rows and
/// its widest row's columns. What a fill will write is known before it is done (``cellCount``), so a
/// caller can refuse a merge bomb instead of building it.
struct MergeFill {
    let rows: [SparseRow<CellValue>]
    /// The distinct ranges in their first order, each clipped to the data, with its top-left value
    /// (ranges whose top-left cell is empty fill nothing and are dropped).
    let ranges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>, value: CellValue)]

    init(rows: [SparseRow<CellValue>], ranges: [CellRange]) {
        self.rows = rows
        let width = rows.map(\.count).max() ?? 0
        var seen = Set<CellRange>()
        self.ranges = ranges.compactMap { range in
            guard seen.insert(range).inserted else { return nil }
            let row = range.first.row - 1
            let value = row >= 0 && row < rows.count ? rows[row][range.first.column] : .empty
            let lastRow = min(range.last.row, rows.count) - 1, lastColumn = min(range.last.column, width - 1)
            guard !value.isEmpty, lastRow >= row, lastColumn >= range.first.column else { return nil }
            return (row...lastRow, range.first.column...lastColumn, value)
        }
    }

    /// The zero-based columns that hold a value in some row, ascending.
    static func occupiedColumns(of rows: [SparseRow<CellValue>]) -> [Int] {
        var columns = Set<Int>()
        for row in rows { for entry in row.entries { columns.insert(entry.column) } }
        return columns.sorted()
    }

    /// How many cells the fill writes, saturating rather than overflowing.
    var cellCount: Int {
        var total = 0
        for range in ranges {
            let (cells, overflow) = range.rows.count.multipliedReportingOverflow(by: range.columns.count)
            let (sum, sumOverflow) = total.addingReportingOverflow(cells)
            if overflow || sumOverflow { return .max }
            total = sum
        }
        return total
    }

    /// The rows with every range filled. A densely stored row is filled in place; a sparse one is
    /// rebuilt once from its cells and its fills (inserting into it cell by cell would cost its length
    /// for every cell).
    func filledRows() -> [SparseRow<CellValue>] {
        guard !ranges.isEmpty else { return rows }
        var filled = rows
        var fills: [Int: [(Int, CellValue)]] = [:]
        for range in ranges {
            for row in range.rows {
                // Once a row waits for a rebuild, its later fills wait too, so the later range still wins.
                if fills[row] == nil, filled[row].isDense(through: range.columns.upperBound) {
                    for column in range.columns { filled[row][column] = range.value }
                } else {
                    fills[row, default: []].append(contentsOf: range.columns.lazy.map { ($0, range.value) })
                }
            }
        }
        for (row, cells) in fills {
            // The row's own cells first, so the merge's value wins over what lies beneath it.
            filled[row] = SparseRow(entries: Array(filled[row].entries.lazy.map { ($0.column, $0.value) }) + cells)
        }
        return filled
    }
}
