/// A growable byte buffer for building XML without per-append allocation: appends
/// copy straight into one block of memory that is reused after each flush.
final class XMLByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Forgets the content, keeping the memory.
    func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always) func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends ASCII markup known at compile time.
    @inline(__always) func append(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        reserve(length)
        (base + count).update(from: text.utf8Start, count: length)
        count += length
    }

    func append(_ pointer: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (base + count).update(from: pointer, count: length)
        count += length
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress else { return }
        append(start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { if let start = $0.baseAddress { append(start, count: $0.count) } }
    }

    /// Appends a non-negative or negative integer in decimal.
    @inline(__always) func appendDecimal(_ value: Int) {
        reserve(21)
        var magnitude = value.magnitude
        if value < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var digits = 1
        var probe = magnitude
        while probe >= 10 { probe /= 10; digits += 1 }
        var position = count + digits - 1
        repeat {
            base[position] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }
}
