import Foundation

/// Where a ``ZipWriter`` (and so a ``WorkbookWriter``) sends its bytes: a file, a pipe,
/// standard output or memory. Bytes arrive in order and are never read back, so any
/// forward-only stream will do.
public protocol ZipWriterSink: AnyObject {
    /// Takes the next bytes of the output.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Pushes buffered bytes to their destination.
    func flush() throws
}

/// A sink over an open file descriptor, writing in large blocks with `write(2)`.
///
/// The descriptor is not closed by the sink; its owner closes it.
public final class FileDescriptorSink: ZipWriterSink {
    /// The descriptor written to.
    public let descriptor: Int32
    /// A name for error messages (the file's path, or `stdout`).
    public let name: String
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let capacity: Int

    /// Makes a sink over `descriptor`, buffering `bufferSize` bytes between system calls.
    public init(descriptor: Int32, name: String, bufferSize: Int = 1 << 18) {
        self.descriptor = descriptor
        self.name = name
        capacity = max(bufferSize, 4096)
        buffer = .allocate(capacity: capacity)
    }

    /// Makes a sink over a `FileHandle` such as `FileHandle.standardOutput`.
    public convenience init(handle: FileHandle, name: String = "output") {
        self.init(descriptor: handle.fileDescriptor, name: name)
    }

    deinit { buffer.deallocate() }

    /// Buffers `bytes`, writing the buffer out when it is full.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity {
            try flush()
            // Large blocks skip the copy into the buffer.
            if bytes.count >= capacity {
                try writeAll(base, bytes.count)
                return
            }
        }
        (buffer + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    /// Writes out what is buffered.
    public func flush() throws {
        guard count > 0 else { return }
        try writeAll(UnsafeRawPointer(buffer), count)
        count = 0
    }

    private func writeAll(_ start: UnsafeRawPointer, _ length: Int) throws {
        var offset = 0
        while offset < length {
            let written = Foundation.write(descriptor, start + offset, length - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFileError(path: name, step: .write)
            }
            offset += written
        }
    }
}

/// A sink that keeps the whole output in memory; for small workbooks and tests.
public final class MemorySink: ZipWriterSink {
    /// Everything written so far.
    public private(set) var data = Data()

    /// Makes an empty sink.
    public init() {}

    /// Appends `bytes` to ``data``.
    public func write(_ bytes: UnsafeRawBufferPointer) throws { data.append(contentsOf: bytes) }

    /// Does nothing: the bytes are already in ``data``.
    public func flush() throws {}
}
