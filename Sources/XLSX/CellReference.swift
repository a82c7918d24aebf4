/// An A1-style cell address: a zero-based column and a one-based row, as Excel numbers them.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest row number Excel allows.
    public static let maxRow = 1_048_576
    /// The largest column count Excel allows (`XFD`).
    public static let maxColumns = 16_384

    /// One-based row number (`1` for row 1).
    public var row: Int
    /// Zero-based column index (`0` for column A).
    public var column: Int

    /// Makes a reference from a one-based row and a zero-based column.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B7`, `$B$7` or `xfd1048576`; returns nil for anything else or an address outside Excel's grid.
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= Self.maxRow, column <= Self.maxColumns else { return nil }
        self.init(row: row, column: column - 1)
    }

    /// Column letters for a zero-based index: `0` → `A`, `26` → `AA`.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `B7`.
    public var description: String { Self.columnName(column) + String(row) }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular block of cells such as `A1:C3`, as used by merged ranges and autofilters.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// Top-left cell.
    public var first: CellReference
    /// Bottom-right cell.
    public var last: CellReference

    /// Makes a range from two corners in any order.
    public init(_ a: CellReference, _ b: CellReference) {
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// Parses `A1:C3` or a single cell `B2`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let a = CellReference(String(parts[0])),
            let b = CellReference(String(parts[parts.count - 1]))
        else { return nil }
        self.init(a, b)
    }

    /// Whether the range contains a cell.
    public func contains(_ cell: CellReference) -> Bool {
        cell.row >= first.row && cell.row <= last.row && cell.column >= first.column && cell.column <= last.column
    }

    /// Whether two ranges share a cell.
    public func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }

    /// `A1:C3` (or `A1` for a single cell).
    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
