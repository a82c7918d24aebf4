/// A growable buffer of plain values (bytes, cells), reused element after element so
/// collecting a cell's text or a row's cells allocates nothing once it has grown to the
/// largest one.
///
/// A class on purpose: parsers hold it in a `let`, so appending is a call on a reference,
/// not a `modify` access of the parser's own stored property, which Swift would check for
/// exclusivity at run time on every cell.
final class GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        // One spare element: byte buffers end with a NUL for C functions (``nulTerminated()``).
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity + 1)
    }

    deinit { base.deallocate() }

    /// Empties the buffer, keeping its storage.
    @inline(__always) func removeAll() { count = 0 }

    /// Appends elements, growing geometrically.
    @inline(__always) func append(_ chunk: UnsafeBufferPointer<Element>) {
        guard let source = chunk.baseAddress, chunk.count > 0 else { return }
        if count + chunk.count > capacity { grow(to: count + chunk.count) }
        (base + count).update(from: source, count: chunk.count)
        count += chunk.count
    }

    /// Appends one element.
    @inline(__always) func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        base[count] = element
        count += 1
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity + 1)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// The collected elements.
    @inline(__always) var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// The collected elements, to reorder in place.
    @inline(__always) var mutableBuffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }
}

/// The bytes of an element's text.
typealias TextBuffer = GrowableBuffer<UInt8>

extension GrowableBuffer where Element == UInt8 {
    /// The bytes followed by a NUL, for C functions such as `strtod`; the NUL is not counted.
    @inline(__always) func nulTerminated() -> UnsafePointer<UInt8> {
        base[count] = 0
        return UnsafePointer(base)
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    var string: String { EscapedText.decode(buffer) }
}
