/// One file inside a ZIP archive, as the central directory describes it.
///
/// Sizes and CRC come from the central directory (which is always complete), so
/// entries written with data descriptors need no special handling.
struct ZipEntry: Sendable, Hashable {
    /// The name exactly as stored (may use `\` separators or start with `/`).
    var name: String
    /// General purpose bit flags (bit 0: encrypted; bit 3: data descriptor).
    var flags: UInt16
    /// 0 stored, 8 deflated; anything else is unsupported.
    var method: UInt16
    /// CRC-32 of the uncompressed data.
    var crc32: UInt32
    /// Bytes of compressed data.
    var compressedSize: Int
    /// Bytes after inflating.
    var uncompressedSize: Int
    /// Offset of the local file header from the start of the archive.
    var localHeaderOffset: Int
    /// The offset the entry's data must end by: the next entry's local header, or the
    /// central directory (set when the archive is indexed; data past it overlaps another entry).
    var dataLimit: Int

    /// Whether ZIP encryption (traditional or strong) protects the entry; method 99 is WinZip AES.
    var isEncrypted: Bool { flags & 0x0001 != 0 || flags & 0x0040 != 0 || method == 99 }
}
