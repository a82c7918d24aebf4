import Foundation

/// The shared-string table of a workbook being read, as one byte arena: the UTF-8 bytes of every `<si>` (escapes
/// decoded) back to back, and where each ends.
///
/// A million strings cost their bytes plus four bytes each, not a `String` object each
/// (about 40 bytes of header and allocation per entry on top of the text), and exports copy
/// a cell's bytes straight from the arena without building anything.
///
/// Memory stays bounded however large the table: the first strings, up to ``residentBudget``
/// bytes of text and offsets, stay in memory; every string after them goes to a
/// ``SharedStringSpill`` (unlinked temporary files read back through a few small windows).
/// Writers number strings in first-use order, so the strings a sheet repeats most (status
/// words, departments, categories) are among the first and stay in memory, and the sheet meets
/// the spilled ones roughly in order, one window after another.
///
/// The arena is filled by one parser, then only read: copies share the spill.
struct SharedStringArena {
    /// How many bytes (decoded text plus four bytes of offset per string) stay in memory before
    /// strings spill to a temporary file.
    ///
    /// 16 MiB keeps the reader's peak under the 60 MB issue 14 allows for any table: about
    /// 21 MB is the process itself, the sheet pipeline and the spill's windows add a few MB.
    /// The tables of department files are kilobytes; a 1M-cell sheet of 90 % unique strings
    /// (about 23 MB of table) keeps two thirds in memory and reads the rest back in order.
    static let residentBudget = 16 << 20

    /// ``residentBudget``, or the bytes `PLANSHEET_SHARED_STRING_BUDGET` names (0 spills every
    /// string: to compare, or to test the spill on small files).
    static let configuredBudget: Int = {
        guard let value = getenv("PLANSHEET_SHARED_STRING_BUDGET"), let bytes = Int(String(cString: value)), bytes >= 0 else {
            return residentBudget
        }
        return bytes
    }()

    /// The in-memory strings' bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// The end offset in ``bytes`` of each in-memory string; string `i` starts where string `i - 1` ends.
    private(set) var ends: [UInt32] = []
    /// The strings past the budget, once there are any.
    private var spill: SharedStringSpill?
    /// The bytes of the spilled strings together.
    private var spilledBytes = 0
    private let budget: Int
    /// Where the spill goes; nil: `$TMPDIR`, else `/tmp` (looked up only when the table spills).
    private let spillDirectory: String?

    /// An empty table that keeps `residentBudget` bytes in memory and spills the rest to `spillDirectory`.
    init(residentBudget: Int = Self.residentBudget, spillDirectory: String? = nil) {
        budget = max(residentBudget, 0)
        self.spillDirectory = spillDirectory
    }

    /// A table of these strings, all in memory (tests and fuzzing).
    init(strings: [String]) {
        self.init(residentBudget: .max)
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            ends.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        count = strings.count
    }

    /// The number of strings (stored: the sheet parser checks every index against it).
    private(set) var count = 0

    /// The number of strings in memory (strings `0 ..< residentCount`); the rest are spilled.
    var residentCount: Int { ends.count }

    /// Reserves room for about `bytes` bytes of text and `strings` entries, within the budget
    /// (hints only; pages never touched cost nothing).
    mutating func reserve(bytes byteCount: Int, strings: Int) {
        bytes.reserveCapacity(min(byteCount, budget))
        ends.reserveCapacity(min(strings, budget / 4))
    }

    /// Appends one string's bytes; false when the table would pass 4 GiB (the offsets are
    /// 32-bit). Throws ``SpillFile/Failure`` when the spill cannot be created or written.
    @inline(__always) mutating func append(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        guard bytes.count + spilledBytes + text.count <= Int(UInt32.max) else { return false }
        if spill == nil && bytes.count + text.count + 4 * (ends.count + 1) <= budget {
            bytes.append(contentsOf: text)
            ends.append(UInt32(truncatingIfNeeded: bytes.count))
            count += 1
            return true
        }
        try appendSpilled(text)
        return true
    }

    /// Appends a string past the budget, opening the spill on the first.
    private mutating func appendSpilled(_ text: UnsafeBufferPointer<UInt8>) throws {
        let spill = try self.spill ?? SharedStringSpill(directory: spillDirectory ?? SpillFile.defaultDirectory)
        self.spill = spill
        try spill.append(text)
        spilledBytes += text.count
        count += 1
    }

    /// Ends the filling: the spill writes out what it buffers. Call once, before reading.
    func finishAppending() throws { try spill?.finishWriting() }

    /// Whether some strings live in the temporary file.
    var hasSpilled: Bool { spill != nil }

    /// String `index`'s bytes (`index` below ``count``), given the in-memory bytes (``bytes``,
    /// borrowed by the caller once for many strings): a slice of them, or of a spill window
    /// valid until the next call on this arena.
    @inline(__always) func text(at index: Int, resident: UnsafeBufferPointer<UInt8>) throws -> UnsafeBufferPointer<UInt8> {
        if index < ends.count {
            let start = index == 0 ? 0 : Int(ends[index - 1])
            return resident.slice(start, Int(ends[index]) - start)
        }
        return try spilledText(at: index - ends.count)
    }

    private func spilledText(at index: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard let spill else { throw SpillFile.Failure(directory: "", reason: "shared string \(index + ends.count) does not exist") }
        return try spill.text(at: index)
    }

    /// String `index` as a `String` (for rows handed to callers; exports read the bytes).
    func string(at index: Int) throws -> String {
        try bytes.withUnsafeBufferPointer { String(decoding: try text(at: index, resident: $0), as: UTF8.self) }
    }

    /// Every string, as `String`s.
    var strings: [String] {
        get throws { try (0..<count).map(string(at:)) }
    }
}
