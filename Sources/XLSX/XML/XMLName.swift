/// An element or attribute local name as libxml2 hands it over: a NUL-terminated UTF-8 string.
///
/// Names are compared by their bytes against static strings, so handling an event
/// never builds a `String`.
struct XMLName {
    let pointer: UnsafePointer<UInt8>

    /// Whether the name is exactly `expected` (case-sensitive, as XML is).
    @inline(__always) func `is`(_ expected: StaticString) -> Bool {
        let wanted = expected.utf8Start
        let length = expected.utf8CodeUnitCount
        var index = 0
        while index < length {
            if pointer[index] != wanted[index] { return false }
            index += 1
        }
        return pointer[length] == 0
    }

    /// The name as a `String` (for error messages only).
    var text: String { String(cString: pointer) }
}
