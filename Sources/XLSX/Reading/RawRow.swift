/// A cell's value as the sheet parser produces it, before any `String` exists: text stays
/// bytes (in the row's text arena, or an index into the shared-string arena), so a row of
/// these holds no reference-counted object and copying one costs nothing.
enum RawValue {
    /// No value (a cell kept only for its formula).
    case empty
    case number(Double)
    case bool(Bool)
    case date(ExcelDate)
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
struct RawCell {
    /// Zero-based column.
    var column: Int
    var value: RawValue
    /// Where the formula text lies in ``RawRow/text`` (`count` 0: no formula).
    var formulaStart = 0
    var formulaCount = 0
}

/// One row as the sheet parser streams it: cells in column order, their text in one byte
/// buffer that is reused row after row. Exports encode it directly; ``row(strings:)`` turns it
/// into the public ``Row``.
struct RawRow {
    /// One-based row number.
    var number = 0
    var cells: [RawCell] = []
    /// The decoded text of the row's inline, formula-string and error cells, and of formulas.
    var text: [UInt8] = []

    init() {
        cells.reserveCapacity(64)
        text.reserveCapacity(1024)
    }

    /// Empties the row, keeping its storage.
    mutating func removeAll() {
        cells.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }

    /// Whether any cell holds a value.
    var hasValues: Bool { cells.contains { !$0.value.isEmpty } }

    /// The row with `String`s, as ``Workbook/forEachRow(in:_:)`` hands it out.
    func row(strings: SharedStringArena) -> Row {
        text.withUnsafeBufferPointer { text in
            func string(_ start: Int, _ count: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: text[start..<(start + count)]), as: UTF8.self)
            }
            return Row(number: number, cells: cells.map { cell in
                let value: CellValue
                switch cell.value {
                case .empty: value = .empty
                case .number(let number): value = .number(number)
                case .bool(let flag): value = .bool(flag)
                case .date(let date): value = .date(date)
                case .duration(let days): value = .duration(days)
                case .shared(let index): value = .string(strings.string(at: index))
                case .text(let start, let count): value = .string(string(start, count))
                case .error(let start, let count): value = .error(string(start, count))
                }
                return Cell(column: cell.column, value: value,
                            formula: cell.formulaCount > 0 ? string(cell.formulaStart, cell.formulaCount) : nil)
            })
        }
    }
}
