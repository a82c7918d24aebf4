/// A value a ``SparseRow`` may leave out: columns it does not store read as ``blank``.
public protocol BlankableValue: Hashable, Sendable {
    /// The value of a column the row does not store.
    static var blank: Self { get }
    /// Whether the value is the blank one (and so need not be stored).
    var isEmpty: Bool { get }
}

extension CellValue: BlankableValue {
    /// ``CellValue/empty``.
    public static var blank: CellValue { .empty }
}

/// Text is blank when empty: the grids of trimmed cell text the importer reads.
extension String: BlankableValue {
    /// The empty string.
    public static var blank: String { "" }
}

/// One row of a grid, from column A to its last non-blank value, that costs what its cells cost,
/// not what its columns span: a row whose only value is in column XFD holds one value, not 16,384.
///
/// It reads like an array of the row's columns (`row[5]`, `row.count`, `for value in row`), but
/// code that may meet wide rows walks ``entries`` (the non-blank values with their columns) instead,
/// so its cost follows the cells present. Rows that are mostly filled are stored as a plain array
/// (the common case, read at array speed); rows that are mostly gaps store their columns beside
/// their values, found by binary search.
public struct SparseRow<Value: BlankableValue>: RandomAccessCollection, Sendable {
    /// The columns of `stored`, ascending, when the row is stored sparsely; nil when `stored[i]` is column i.
    private var columns: [Int]?
    /// The stored values: every column up to the last when dense, only the non-blank ones when sparse.
    private var stored: [Value]
    /// How many stored values are not blank.
    public private(set) var entryCount: Int

    /// A dense row may hold this many blanks for each value before it is stored sparsely
    /// (plus a few, so short rows with gaps stay plain arrays).
    private static var densityAllowance: Int { 2 }
    private static var shortRowLength: Int { 16 }

    private static func prefersDense(width: Int, entries: Int) -> Bool {
        width <= shortRowLength || width / densityAllowance <= entries
    }

    /// An empty row.
    public init() {
        columns = nil
        stored = []
        entryCount = 0
    }

    /// A row holding `values` from column A (trailing blanks are not kept).
    public init(_ values: [Value]) {
        var values = values
        while let last = values.last, last.isEmpty { values.removeLast() }
        let entries = values.reduce(0) { $1.isEmpty ? $0 : $0 + 1 }
        if Self.prefersDense(width: values.count, entries: entries) {
            self.init(columns: nil, stored: values, entryCount: entries)
        } else {
            self.init(entries: values.enumerated().lazy.filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) })
        }
    }

    /// A row holding `value` in each `column` (zero-based, any order; blanks are dropped and,
    /// where a column comes twice, the later value wins). Negative columns are ignored.
    public init<Entries: Sequence>(entries: Entries) where Entries.Element == (Int, Value) {
        var pairs = entries.filter { $0.0 >= 0 && !$0.1.isEmpty }
        if !pairs.indices.dropFirst().allSatisfy({ pairs[$0 - 1].0 < pairs[$0].0 }) {
            // Stable, so that of two values for one column the later is kept below.
            pairs = pairs.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
            var unique: [(Int, Value)] = []
            unique.reserveCapacity(pairs.count)
            for pair in pairs {
                if let last = unique.last, last.0 == pair.0 { unique[unique.count - 1] = pair } else { unique.append(pair) }
            }
            pairs = unique
        }
        let width = (pairs.last?.0 ?? -1) + 1
        if Self.prefersDense(width: width, entries: pairs.count) {
            var values = [Value](repeating: .blank, count: width)
            for (column, value) in pairs { values[column] = value }
            self.init(columns: nil, stored: values, entryCount: pairs.count)
        } else {
            self.init(columns: pairs.map(\.0), stored: pairs.map(\.1), entryCount: pairs.count)
        }
    }

    /// A row of a sheet's cells as the reader gives them (ascending columns), in one pass: the grid
    /// of every sheet the importer reads is built through here.
    public init(cells: [Cell]) where Value == CellValue {
        var entries = 0, last = -1, previous = -1, ordered = true
        for cell in cells {
            ordered = ordered && cell.column > previous
            previous = cell.column
            if !cell.value.isEmpty { entries += 1; last = cell.column }
        }
        guard ordered, cells.first.map({ $0.column >= 0 }) ?? true else {
            self.init(entries: cells.lazy.map { ($0.column, $0.value) })
            return
        }
        if Self.prefersDense(width: last + 1, entries: entries) {
            var values = [CellValue](repeating: .empty, count: last + 1)
            for cell in cells where cell.column <= last { values[cell.column] = cell.value }
            self.init(columns: nil, stored: values, entryCount: entries)
        } else {
            var columns: [Int] = [], stored: [CellValue] = []
            columns.reserveCapacity(entries)
            stored.reserveCapacity(entries)
            for cell in cells where !cell.value.isEmpty {
                columns.append(cell.column)
                stored.append(cell.value)
            }
            self.init(columns: columns, stored: stored, entryCount: entries)
        }
    }

    private init(columns: [Int]?, stored: [Value], entryCount: Int) {
        self.columns = columns
        self.stored = stored
        self.entryCount = entryCount
    }

    public var startIndex: Int { 0 }

    /// One past the last non-blank column (the row's width).
    public var endIndex: Int {
        guard let columns else { return stored.count }
        return (columns.last ?? -1) + 1
    }

    /// The value in a zero-based column, ``BlankableValue/blank`` where the row holds none.
    /// Setting a blank removes the value.
    public subscript(column: Int) -> Value {
        get {
            guard column >= 0 else { return .blank }
            guard let columns else { return column < stored.count ? stored[column] : .blank }
            let position = Self.position(of: column, in: columns)
            return position < columns.count && columns[position] == column ? stored[position] : .blank
        }
        set {
            guard column >= 0 else { return }
            if columns == nil { setDense(newValue, at: column) } else { setSparse(newValue, at: column) }
        }
    }

    /// The non-blank values with their zero-based columns, left to right.
    public var entries: Entries { Entries(row: self) }

    /// Whether the row is stored as a plain array that already reaches `column`, so setting any
    /// column up to it costs O(1).
    func isDense(through column: Int) -> Bool { columns == nil && column < stored.count }

    /// The row with `transform` applied to each non-blank value (a value it makes blank is left out).
    public func mapValues<Other>(_ transform: (Value) throws -> Other) rethrows -> SparseRow<Other> {
        if columns == nil {
            var mapped: [Other] = []
            mapped.reserveCapacity(stored.count)
            for value in stored { mapped.append(value.isEmpty ? .blank : try transform(value)) }
            return SparseRow<Other>(mapped)
        }
        var pairs: [(Int, Other)] = []
        pairs.reserveCapacity(entryCount)
        for (column, value) in entries { pairs.append((column, try transform(value))) }
        return SparseRow<Other>(entries: pairs)
    }

    /// The first position in `columns` whose column is not below `column`.
    private static func position(of column: Int, in columns: [Int]) -> Int {
        var low = 0
        var high = columns.count
        while low < high {
            let middle = low + (high - low) / 2
            if columns[middle] < column { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private mutating func setDense(_ value: Value, at column: Int) {
        if column < stored.count {
            let wasEmpty = stored[column].isEmpty
            stored[column] = value
            entryCount += (value.isEmpty ? 0 : 1) - (wasEmpty ? 0 : 1)
            while let last = stored.last, last.isEmpty { stored.removeLast() }
            return
        }
        guard !value.isEmpty else { return }
        if Self.prefersDense(width: column + 1, entries: entryCount + 1) {
            stored.append(contentsOf: repeatElement(.blank, count: column - stored.count))
            stored.append(value)
            entryCount += 1
        } else {
            let pairs = stored.enumerated().filter { !$0.element.isEmpty }
            columns = pairs.map(\.offset) + [column]
            stored = pairs.map(\.element) + [value]
            entryCount += 1
        }
    }

    private mutating func setSparse(_ value: Value, at column: Int) {
        guard var columns else { return }
        self.columns = nil // keeps `columns` uniquely referenced while it changes
        let position = Self.position(of: column, in: columns)
        let present = position < columns.count && columns[position] == column
        switch (present, value.isEmpty) {
        case (true, true):
            columns.remove(at: position)
            stored.remove(at: position)
            entryCount -= 1
        case (true, false):
            stored[position] = value
        case (false, false):
            columns.insert(column, at: position)
            stored.insert(value, at: position)
            entryCount += 1
        case (false, true):
            break
        }
        self.columns = columns
    }

    /// The non-blank values of a row with their columns, left to right.
    public struct Entries: Sequence {
        fileprivate let row: SparseRow

        /// Walks the stored values, skipping blanks.
        public struct Iterator: IteratorProtocol {
            fileprivate let row: SparseRow
            fileprivate var position = 0

            public mutating func next() -> (column: Int, value: Value)? {
                while position < row.stored.count {
                    defer { position += 1 }
                    let value = row.stored[position]
                    if value.isEmpty { continue }
                    return (row.columns?[position] ?? position, value)
                }
                return nil
            }
        }

        public func makeIterator() -> Iterator { Iterator(row: row) }

        public var underestimatedCount: Int { row.entryCount }
    }
}

extension SparseRow: Equatable {
    /// Rows are equal when they hold the same values in the same columns, however they are stored.
    public static func == (lhs: SparseRow, rhs: SparseRow) -> Bool {
        lhs.entryCount == rhs.entryCount && lhs.endIndex == rhs.endIndex
            && lhs.entries.elementsEqual(rhs.entries) { $0.column == $1.column && $0.value == $1.value }
    }
}

extension SparseRow: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entryCount)
        for (column, value) in entries {
            hasher.combine(column)
            hasher.combine(value)
        }
    }
}

extension SparseRow: ExpressibleByArrayLiteral {
    /// A row holding the literal's values from column A.
    public init(arrayLiteral values: Value...) { self.init(values) }
}

extension SparseRow: CustomStringConvertible {
    public var description: String {
        "[" + entries.map { "\($0.column): \($0.value)" }.joined(separator: ", ") + "]"
    }
}
