/// Little-endian reads from an archive's bytes that never trap: out of range reads return nil.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer

    /// The unsigned 16-bit value at an offset, or nil past the end.
    @inline(__always) func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The unsigned 32-bit value at an offset, or nil past the end.
    @inline(__always) func u32(_ offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        var value: UInt32 = 0
        for i in (0..<4).reversed() { value = value << 8 | UInt32(bytes[offset + i]) }
        return value
    }

    /// The unsigned 64-bit value at an offset, or nil past the end.
    @inline(__always) func u64(_ offset: Int) -> UInt64? {
        guard let low = u32(offset), let high = u32(offset + 4) else { return nil }
        return UInt64(high) << 32 | UInt64(low)
    }
}
