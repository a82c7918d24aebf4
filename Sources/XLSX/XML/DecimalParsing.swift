/// Parsing of the small decimal integers that fill OOXML attributes, without building strings.
enum DecimalParsing {
    /// A non-negative integer of up to 18 digits, or nil.
    @inline(__always) static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            let digit = Int(byte) &- 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value &* 10 &+ digit
        }
        return value
    }
}
