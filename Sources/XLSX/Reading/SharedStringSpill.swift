/// The strings of a shared-string table past its memory budget (``SharedStringArena``), in
/// two unlinked temporary files: their bytes back to back, and each one's end offset.
///
/// Both files are read back through ``SpillFile``'s windows, so finding a string costs two
/// look-ups in memory while the sheet refers to strings near the last one, and a `pread` of
/// one window when it jumps.
final class SharedStringSpill {
    private let text: SpillFile
    /// Each string's end offset in ``text``, a native-order `UInt32` per string.
    private let ends: SpillFile
    /// The number of strings spilled.
    private(set) var count = 0

    /// Opens both files in `directory`.
    init(directory: String) throws {
        text = try SpillFile(directory: directory, prefix: "plansheet-strings")
        // Offsets are read in pairs; 16 KiB windows hold 4,096 strings' worth, a 1 KiB jump block 256.
        ends = try SpillFile(
            directory: directory, prefix: "plansheet-offsets", windowSize: 1 << 14, jumpSize: 1 << 10, writeBufferSize: 1 << 18)
    }

    /// Appends one string.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try text.append(bytes)
        let end = UInt32(truncatingIfNeeded: text.count)
        try withUnsafeBytes(of: end) { try ends.append($0.bindMemory(to: UInt8.self)) }
        count += 1
    }

    /// Writes out what the files buffer; call before the first ``text(at:)``.
    func finishWriting() throws {
        try text.finishWriting()
        try ends.finishWriting()
    }

    /// The bytes of spilled string `index` (below ``count``), valid until the next call.
    @inline(__always) func text(at index: Int) throws -> UnsafeBufferPointer<UInt8> {
        let start: Int
        let end: Int
        if index == 0 {
            start = 0
            end = Int(UnsafeRawBufferPointer(try ends.bytes(at: 0, count: 4)).loadUnaligned(as: UInt32.self))
        } else {
            let pair = UnsafeRawBufferPointer(try ends.bytes(at: 4 * (index - 1), count: 8))
            start = Int(pair.loadUnaligned(as: UInt32.self))
            end = Int(pair.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
        }
        return try text.bytes(at: start, count: end - start)
    }
}
