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

extension StyledCell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A text cell from a string literal.
    public init(stringLiteral value: String) { self.init(.string(value)) }
    /// A number cell from an integer literal.
    public init(integerLiteral value: Int) { self.init(.number(Double(value))) }
    /// A number cell from a floating-point literal.
    public init(floatLiteral value: Double) { self.init(.number(value)) }

    /// An empty, unstyled cell: a gap in the row.
    public static let empty = StyledCell(.empty)
}
