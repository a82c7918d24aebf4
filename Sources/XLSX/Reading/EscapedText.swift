/// Turns the UTF-8 bytes of an OOXML text element into a `String`, decoding the
/// `_xHHHH_` escapes that Excel writes for characters XML cannot carry
/// (`_x000D_` for a carriage return, `_x005F_` for a literal underscore).
enum EscapedText {
    /// The string for a text buffer. Surrogate pairs written as two escapes are joined.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Fast path: most strings hold no `_x` at all.
        guard let base = bytes.baseAddress, bytes.count >= 7,
            memchrUnderscore(base, bytes.count)
        else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: decodeEscapes(bytes), as: UTF8.self)
    }

    /// Appends the decoded bytes of a text buffer: the UTF-8 of ``decode(_:)``, without building a `String`.
    @inline(__always) static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: TextBuffer) {
        guard let base = bytes.baseAddress, bytes.count >= 7, memchrUnderscore(base, bytes.count) else {
            output.append(bytes)
            return
        }
        decodeEscapes(bytes).withUnsafeBufferPointer { output.append($0) }
    }

    @inline(__always) private static func memchrUnderscore(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = 0
        while index < count - 1 {
            if base[index] == UInt8(ascii: "_") && base[index + 1] == UInt8(ascii: "x") { return true }
            index += 1
        }
        return false
    }

    private static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt16(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The code unit of a `_xHHHH_` escape starting at `index`, or nil when it is not one.
    private static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
            bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt16 = 0
        for offset in 2..<6 {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func decodeEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let unit = escape(in: bytes, at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var scalar: Unicode.Scalar?
            var consumed = 7
            if UTF16.isLeadSurrogate(unit), let trail = escape(in: bytes, at: index + 7), UTF16.isTrailSurrogate(trail) {
                scalar = Unicode.Scalar(0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(trail) - 0xDC00))
                consumed = 14
            } else {
                scalar = Unicode.Scalar(unit)
            }
            if let scalar {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += consumed
            } else {
                // A lone surrogate cannot be shown: keep the escape text as written.
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }
}
