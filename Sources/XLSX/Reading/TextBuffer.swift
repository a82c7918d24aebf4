/// A growable byte buffer for element text, reused across elements so collecting a
/// cell's text allocates nothing once the buffer has grown to the longest value.
struct TextBuffer: ~Copyable {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1)
    }

    deinit { bytes.deallocate() }

    /// Empties the buffer, keeping its storage.
    @inline(__always) mutating func removeAll() { count = 0 }

    /// Appends bytes, growing geometrically.
    @inline(__always) mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let source = chunk.baseAddress, chunk.count > 0 else { return }
        if count + chunk.count > capacity { grow(to: count + chunk.count) }
        (bytes + count).update(from: source, count: chunk.count)
        count += chunk.count
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
        newBytes.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = newBytes
        capacity = newCapacity
    }

    /// The collected bytes.
    @inline(__always) var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: count) }

    /// The bytes followed by a NUL, for C functions such as `strtod`; the NUL is not counted.
    @inline(__always) mutating func nulTerminated() -> UnsafePointer<UInt8> {
        bytes[count] = 0
        return UnsafePointer(bytes)
    }

    /// The collected text with `_xHHHH_` escapes decoded.
    var string: String { EscapedText.decode(buffer) }
}
