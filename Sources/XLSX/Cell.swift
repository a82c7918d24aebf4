/// One cell of a row: its column, its value as Excel shows it, and its formula, if any.
public struct Cell: Sendable, Hashable {
    /// Zero-based column (`0` is column A).
    public var column: Int
    /// The value; for a formula, its cached result.
    public var value: CellValue
    /// The formula text without the leading `=` (as stored in `<f>`), or nil.
    public var formula: String?

    /// Makes a cell.
    public init(column: Int, value: CellValue, formula: String? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
    }
}
