/// Turns rows into bytes of one text format (CSV, JSON Lines…).
public protocol RowEncoder {
    /// Appends one row's line (with its line ending): values from column A to the row's last value.
    mutating func appendRow(_ row: Row, to output: inout [UInt8])
    /// Appends the line of a row without values.
    mutating func appendEmptyRow(to output: inout [UInt8])
}
