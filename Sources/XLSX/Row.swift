/// One row of a sheet as it streams by: its number and the cells that hold a value or a formula.
public struct Row: Sendable, Hashable {
    /// One-based row number, as Excel shows it.
    public var number: Int
    /// The cells, in column order; gaps are simply absent.
    public var cells: [Cell]

    /// Makes a row.
    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a zero-based column, or ``CellValue/empty`` for a gap.
    public subscript(column: Int) -> CellValue {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].value : .empty
    }

    /// The values from column A to the last cell with a value, gaps as ``CellValue/empty``.
    public var values: [CellValue] {
        guard let last = cells.last(where: { !$0.value.isEmpty }) else { return [] }
        var values = [CellValue](repeating: .empty, count: last.column + 1)
        for cell in cells where cell.column <= last.column { values[cell.column] = cell.value }
        return values
    }

    /// Whether any cell holds a value.
    public var hasValues: Bool { cells.contains { !$0.value.isEmpty } }
}
