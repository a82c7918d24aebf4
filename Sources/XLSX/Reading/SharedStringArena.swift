/// The shared-string table of a workbook being read, as one byte arena: the UTF-8 bytes of every `<si>` (escapes
/// decoded) back to back, and where each ends.
///
/// A million strings cost their bytes plus four bytes each, not a `String` object each
/// (about 40 bytes of header and allocation per entry on top of the text), and exports copy
/// a cell's bytes straight from the arena without building anything.
struct SharedStringArena: Sendable {
    /// Every string's bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// The end offset in ``bytes`` of each string; string `i` starts where string `i - 1` ends.
    private(set) var ends: [UInt32] = []

    /// An empty table.
    init() {}

    /// The number of strings.
    var count: Int { ends.count }

    /// Reserves room for about `bytes` bytes of text and `strings` entries (hints only; pages never touched cost nothing).
    mutating func reserve(bytes byteCount: Int, strings: Int) {
        bytes.reserveCapacity(byteCount)
        ends.reserveCapacity(strings)
    }

    /// Appends one string's bytes; false when the arena would pass 4 GiB (the offsets are 32-bit).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count + text.count <= Int(UInt32.max) else { return false }
        bytes.append(contentsOf: text)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
        return true
    }

    /// The byte range of string `index` (which must be below ``count``).
    @inline(__always) func range(at index: Int) -> Range<Int> {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return start..<Int(ends[index])
    }

    /// String `index` as a `String` (for rows handed to callers; exports read the bytes).
    func string(at index: Int) -> String {
        let range = range(at: index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Every string, as `String`s.
    var strings: [String] { (0..<count).map(string(at:)) }
}
