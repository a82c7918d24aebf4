/// A ``RowEncoder`` that also encodes the parser's rows directly (text as bytes, shared
/// strings from the arena), so exports of .xlsx sheets build no `String` per cell. Its output
/// must be byte for byte what ``RowEncoder/appendRow(_:to:)`` writes for the same row.
protocol RawRowEncoder: RowEncoder {
    /// Throws only when a spilled shared string cannot be read back (``SpillFile/Failure``).
    mutating func appendRawRow(_ row: RawRow, strings: SharedStringArena, to output: inout [UInt8]) throws
}

extension RawRowEncoder {
    /// Calls `body` with every value of the row that is not empty, its column, and the bytes
    /// its text lives in (the row's text; the in-memory part of the shared-string arena, for
    /// ``SharedStringArena/text(at:resident:)``), in column order.
    @inline(__always)
    func forEachValue(
        of row: RawRow, strings: SharedStringArena,
        _ body: (
            _ column: Int, _ value: RawValue, _ text: UnsafeBufferPointer<UInt8>,
            _ shared: UnsafeBufferPointer<UInt8>
        ) throws -> Void
    ) throws {
        try strings.bytes.withUnsafeBufferPointer { shared in
            for cell in row.cells where !cell.value.isEmpty { try body(cell.column, cell.value, row.text, shared) }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes `start ..< start + count` (ranges the parser itself recorded).
    @inline(__always) func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self[start..<(start + count)])
    }
}
