/// One cell to write: a value with its own style and, optionally, a formula whose
/// cached result is the value.
public struct StyledCell: Sendable, Hashable {
    /// The value (for a formula: its cached result, shown until Excel recalculates).
    public var value: CellValue
    /// The style; nil for the row's style (or a plain cell).
    public var style: CellStyle?
    /// A formula such as `SUM(B2:B9)` (a leading `=` is allowed and dropped); nil for a constant.
    public var formula: String?

    /// Makes a cell.
    public init(_ value: CellValue, style: CellStyle? = nil, formula: String? = nil) {
        self.value = value
        self.style = style
        self.formula = formula
    }

    /// A formula cell with its cached result.
    public static func formula(_ formula: String, cached value: CellValue = .empty, style: CellStyle? = nil) -> StyledCell {
        StyledCell(value, style: style, formula: formula)
    }
}
