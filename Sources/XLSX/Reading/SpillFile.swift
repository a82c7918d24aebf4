import Foundation

/// An unlinked temporary file that bytes are appended to once and then read back at any offset,
/// through a few cached windows: the shared-string table's storage past its memory budget.
///
/// The file is unlinked the moment it is created, so it disappears with its descriptor on every
/// way out (an error, a crash, a signal), and no other process can see or open it. Appends go
/// through one write buffer; reads (after ``finishWriting()``) through a few window buffers,
/// least recently used first out, so reading in order costs one `pread` per window and resident
/// memory stays those buffers, however large the file. A read that jumps away from the last
/// window fetches one small block instead of a whole window: jumps tend to come in runs (a
/// sheet referring to strings all over its table), and each then copies 4 KiB, not 64.
/// Reads copy from the page cache (`pread`), not `mmap`: mapped pages would count as the
/// process's resident memory for as long as they stay mapped.
final class SpillFile {
    /// Why the file could not be made, written or read (the `errno` text, with what was tried).
    struct Failure: Error {
        /// The folder the file is (or was to be) in.
        var directory: String
        var reason: String
    }

    /// `$TMPDIR`, else `/tmp`: where temporary files go unless told otherwise.
    static var defaultDirectory: String {
        guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
        return String(cString: value)
    }

    /// The bytes of a window read back, and where in the file they start.
    private struct Window {
        var buffer: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var start = 0
        var count = 0
        var lastUse = 0
    }

    private let descriptor: Int32
    private let directory: String
    /// Appends collect here; released by ``finishWriting()``, so reading costs the windows only.
    private var writeBuffer: TextBuffer?
    private let writeBufferSize: Int
    private let windowSize: Int
    private let jumpSize: Int
    private var windows: [Window] = []
    /// The window the last read was served from (checked first: reads in order stay in it).
    private var current = 0
    private var clock = 0
    /// Bytes in the file, the write buffer included.
    private(set) var count = 0

    /// Creates the file in `directory` (the name starts `prefix`) and unlinks it at once.
    init(
        directory: String, prefix: String, windowSize: Int = 1 << 16, jumpSize: Int = 1 << 12, windowCount: Int = 4,
        writeBufferSize: Int = 1 << 20
    ) throws {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var template = Array((folder + prefix + "-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw Failure(directory: directory, reason: "cannot create a temporary file: \(String(cString: strerror(errno)))") }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC) // a child process (a converter run by a caller) must not inherit it
        descriptor = fd
        self.directory = directory
        self.windowSize = max(windowSize, 16)
        self.jumpSize = min(max(jumpSize, 1), self.windowSize)
        self.writeBufferSize = max(writeBufferSize, 16)
        writeBuffer = TextBuffer(capacity: self.writeBufferSize)
        windows = (0..<max(windowCount, 1)).map { _ in
            Window(buffer: UnsafeMutablePointer<UInt8>.allocate(capacity: self.windowSize), capacity: self.windowSize)
        }
    }

    deinit {
        close(descriptor)
        for window in windows { window.buffer.deallocate() }
    }

    /// Appends bytes (buffered: ``finishWriting()`` writes out the rest).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let writeBuffer else { throw Failure(directory: directory, reason: "appending to a temporary file already read") }
        if writeBuffer.count + bytes.count > writeBufferSize { try flush(writeBuffer) }
        if bytes.count > writeBufferSize {
            try writeAll(UnsafeRawBufferPointer(bytes))
        } else {
            writeBuffer.append(bytes)
        }
        count += bytes.count
    }

    /// Writes out what the buffer holds and frees it; call once, before the first read.
    func finishWriting() throws {
        if let writeBuffer { try flush(writeBuffer) }
        writeBuffer = nil
    }

    /// The bytes `offset ..< offset + length` (which must lie within ``count``, written out by
    /// ``finishWriting()``), valid until the next call: a pointer into one of the windows.
    @inline(__always) func bytes(at offset: Int, count length: Int) throws -> UnsafeBufferPointer<UInt8> {
        let window = windows[current]
        if offset >= window.start && offset + length <= window.start + window.count {
            return UnsafeBufferPointer(start: window.buffer + (offset - window.start), count: length)
        }
        return try load(offset, length)
    }

    /// Finds the window holding the range, or reads it into the least recently used one: from
    /// `offset` rounded down to a block boundary, a window long when the read goes on from the
    /// last window and one jump block long when it jumps elsewhere, and always long enough for
    /// the whole range (a string that crosses a window edge is read whole into one buffer).
    private func load(_ offset: Int, _ length: Int) throws -> UnsafeBufferPointer<UInt8> {
        clock &+= 1
        if let found = windows.firstIndex(where: { offset >= $0.start && offset + length <= $0.start + $0.count }) {
            current = found
            windows[found].lastUse = clock
            return UnsafeBufferPointer(start: windows[found].buffer + (offset - windows[found].start), count: length)
        }
        if length == 0 && offset >= 0 && offset <= count {
            return UnsafeBufferPointer(start: windows[current].buffer, count: 0) // an empty string reads nothing
        }
        guard offset >= 0, length >= 0, offset <= count - length else {
            throw Failure(directory: directory, reason: "a read at byte \(offset) (\(length) bytes) lies outside the temporary file (\(count) bytes)")
        }
        var slot = 0
        for index in windows.indices where windows[index].lastUse < windows[slot].lastUse { slot = index }
        let last = windows[current]
        let readsOn = offset >= last.start && offset < last.start + last.count + windowSize
        let block = readsOn ? windowSize : jumpSize
        let start = offset - offset % block
        let wanted = min(max(block, offset + length - start), count - start)
        if windows[slot].capacity < wanted {
            windows[slot].buffer.deallocate()
            windows[slot].buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: wanted)
            windows[slot].capacity = wanted
        }
        // Empty the slot first, so a failed read leaves no stale bytes behind to be served later.
        windows[slot].count = 0
        try readAll(into: windows[slot].buffer, count: wanted, at: start)
        windows[slot].start = start
        windows[slot].count = wanted
        windows[slot].lastUse = clock
        current = slot
        return UnsafeBufferPointer(start: windows[slot].buffer + (offset - start), count: length)
    }

    private func flush(_ writeBuffer: TextBuffer) throws {
        guard writeBuffer.count > 0 else { return }
        try writeAll(UnsafeRawBufferPointer(writeBuffer.buffer))
        writeBuffer.removeAll()
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let written = write(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw Failure(directory: directory, reason: "cannot write the temporary file: \(String(cString: strerror(written < 0 ? errno : ENOSPC)))")
            }
            done += written
        }
    }

    private func readAll(into buffer: UnsafeMutablePointer<UInt8>, count wanted: Int, at start: Int) throws {
        var done = 0
        while done < wanted {
            let read = pread(descriptor, buffer + done, wanted - done, off_t(start + done))
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                let why = read < 0 ? String(cString: strerror(errno)) : "the file ended early"
                throw Failure(directory: directory, reason: "cannot read the temporary file back: \(why)")
            }
            done += read
        }
    }
}

extension XLSXError {
    /// The error that names the workbook and part a temporary file was kept for.
    init(_ failure: SpillFile.Failure, file: String, part: String) {
        self = .temporaryFileFailed(file: file, part: part, directory: failure.directory, reason: failure.reason)
    }
}
