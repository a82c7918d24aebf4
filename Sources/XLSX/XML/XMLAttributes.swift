/// The attributes of one start tag, as libxml2's SAX2 interface passes them:
/// five pointers per attribute (local name, prefix, URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int
    /// Whether libxml2 produced the values: without entity substitution it hands a `&`
    /// (written `&amp;` or `&#38;`) back as the five bytes `&#38;`, and never a bare `&` otherwise.
    var ampersandsEscaped = false

    /// The value bytes of the attribute with this local name (any namespace), or nil.
    @inline(__always) func value(_ localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        var index = 0
        while index < count {
            let slot = base + index * 5
            if let name = slot[0], XMLName(pointer: name).is(localName), let start = slot[3], let end = slot[4] {
                return UnsafeBufferPointer(start: start, count: end - start)
            }
            index += 1
        }
        return nil
    }

    /// The value of the attribute with this local name as a `String`, or nil.
    func string(_ localName: StaticString) -> String? {
        guard let bytes = value(localName) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard ampersandsEscaped, bytes.contains(UInt8(ascii: "&")) else { return text }
        // Sheet names such as `P&L`: undo libxml2's `&#38;`, the only way a `&` reaches us from it.
        return text.replacingOccurrences(of: "&#38;", with: "&")
    }

    /// Whether the attribute is `1`/`true` (XML Schema boolean); `false` when absent.
    func bool(_ localName: StaticString) -> Bool {
        guard let bytes = value(localName), let first = bytes.first else { return false }
        return first == UInt8(ascii: "1") || first == UInt8(ascii: "t")
    }

    /// The attribute's value as a non-negative decimal integer, or nil when absent or not a number.
    func integer(_ localName: StaticString) -> Int? {
        value(localName).flatMap(DecimalParsing.integer)
    }
}
