/// Little-endian reads from part of an archive's bytes that never trap: out of range reads return nil.
///
/// Offsets are absolute (from the start of the archive); `origin` is the offset of the
/// first byte held, so a reader over the central directory uses the offsets it stores.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    /// The archive offset of `bytes[0]`.
    var origin = 0

    /// The archive offset just past the bytes held.
    var end: Int { origin + bytes.count }

    /// The unsigned 16-bit value at an offset, or nil outside the bytes held.
    @inline(__always) func u16(_ offset: Int) -> UInt16? {
        let index = offset &- origin
        guard offset >= origin, index <= bytes.count - 2 else { return nil }
        return UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
    }

    /// The unsigned 32-bit value at an offset, or nil outside the bytes held.
    @inline(__always) func u32(_ offset: Int) -> UInt32? {
        let index = offset &- origin
        guard offset >= origin, index <= bytes.count - 4 else { return nil }
        var value: UInt32 = 0
        for i in (0..<4).reversed() { value = value << 8 | UInt32(bytes[index + i]) }
        return value
    }

    /// The unsigned 64-bit value at an offset, or nil outside the bytes held.
    @inline(__always) func u64(_ offset: Int) -> UInt64? {
        guard let low = u32(offset), let high = u32(offset &+ 4) else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }

    /// The bytes of an absolute range, clamped to the bytes held.
    func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        let lower = min(max(range.lowerBound - origin, 0), bytes.count)
        let upper = min(max(range.upperBound - origin, lower), bytes.count)
        return UnsafeRawBufferPointer(rebasing: bytes[lower..<upper])
    }
}
