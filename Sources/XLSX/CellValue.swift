/// The value of one cell, as Excel shows it.
///
/// Numbers formatted as dates or times come back as ``date(_:)``; a number
/// formatted with an elapsed-time format such as `[h]:mm` comes back as
/// ``duration(_:)``. Formula cells carry their cached result; the formula text
/// is on ``Cell/formula``.
public enum CellValue: Sendable, Hashable {
    /// No value: a gap in the row, or a cell with no `<v>`.
    case empty
    /// Text: a shared string, an inline string or a formula's string result.
    case string(String)
    /// A number, exactly as stored (an IEEE 754 double).
    case number(Double)
    /// `TRUE` or `FALSE`.
    case bool(Bool)
    /// A date, a time of day, or both.
    case date(ExcelDate)
    /// An elapsed time in days, from a format such as `[h]:mm:ss`.
    case duration(Double)
    /// An error value such as `#N/A` or `#DIV/0!`, as its text.
    case error(String)

    /// Whether the cell holds nothing.
    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }
}

extension CellValue: ExpressibleByStringLiteral {
    /// Makes a text cell from a string literal.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension CellValue: ExpressibleByFloatLiteral {
    /// Makes a number cell from a floating-point literal.
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension CellValue: ExpressibleByIntegerLiteral {
    /// Makes a number cell from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension CellValue: ExpressibleByBooleanLiteral {
    /// Makes a boolean cell from `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
