/// A cell's value as the sheet parser produces it, before any `String` exists: text stays
/// bytes (in the row's text arena, or an index into the shared-string arena), so a row of
/// these holds no reference-counted object and copying one costs nothing.
enum RawValue: BitwiseCopyable {
    /// No value (a cell kept only for its formula).
    case empty
    case number(Double)
    case bool(Bool)
    /// A date by its 1900-system serial (``ExcelDate/serial``): a plain Double keeps the cell bitwise-copyable.
    case date(serial: Double)
    case duration(Double)
    /// Shared string number `index`.
    case shared(Int)
    /// Decoded text at `start ..< start + count` of ``RawRow/text``.
    case text(start: Int, count: Int)
    /// An error value's text, in ``RawRow/text`` like ``text(start:count:)``.
    case error(start: Int, count: Int)

    var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }
}

/// One cell of a ``RawRow``.
struct RawCell: BitwiseCopyable {
    /// Zero-based column.
    var column: Int
    var value: RawValue
    /// Where the formula text lies in ``RawRow/text`` (`count` 0: no formula).
    var formulaStart = 0
    var formulaCount = 0
}

/// One row as the sheet parser streams it: cells in column order and their text, both views
/// of the parser's own buffers, which it reuses row after row, so a row is valid only during
/// the callback it is handed to. Exports encode it directly; ``row(strings:)`` turns it into
/// the public ``Row``.
struct RawRow {
    /// One-based row number.
    var number: Int
    var cells: UnsafeBufferPointer<RawCell>
    /// The decoded text of the row's inline, formula-string and error cells, and of formulas.
    var text: UnsafeBufferPointer<UInt8>

    /// Whether any cell holds a value.
    var hasValues: Bool { cells.contains { !$0.value.isEmpty } }

    /// The row with `String`s, as ``Workbook/forEachRow(in:_:)`` hands it out.
    func row(strings: SharedStringArena) throws -> Row {
        func string(_ start: Int, _ count: Int) -> String { String(decoding: text.slice(start, count), as: UTF8.self) }
        return Row(
            number: number,
            cells: try cells.map { cell in
                let value: CellValue
                switch cell.value {
                case .empty: value = .empty
                case .number(let number): value = .number(number)
                case .bool(let flag): value = .bool(flag)
                case .date(let serial): value = .date(ExcelDate(serial: serial))
                case .duration(let days): value = .duration(days)
                case .shared(let index): value = .string(try strings.string(at: index))
                case .text(let start, let count): value = .string(string(start, count))
                case .error(let start, let count): value = .error(string(start, count))
                }
                return Cell(
                    column: cell.column, value: value,
                    formula: cell.formulaCount > 0 ? string(cell.formulaStart, cell.formulaCount) : nil)
            })
    }
}
