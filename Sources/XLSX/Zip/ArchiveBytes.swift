import Foundation

/// The bytes of an archive: a file read with `pread(2)` on demand, or a `Data` in memory.
///
/// The file is read, not memory-mapped: when another program truncates a mapped file
/// while it is being read, touching a page past the new end kills the process with
/// SIGBUS. A read that comes back short instead ends in ``ReadFailure``, which the
/// archive turns into an error naming the file. Only the parts being read are in
/// memory (the central directory, one header, a few MiB of compressed data), so
/// resident memory stays flat however large the file is.
final class ArchiveBytes: @unchecked Sendable {
    /// The number of bytes, as the file had when it was opened.
    let count: Int
    /// The open file, or -1 for bytes held in memory.
    private let descriptor: Int32
    /// The bytes held in memory (empty for a file).
    private let memory: UnsafeMutableRawBufferPointer

    /// Opens a file for reading. Throws the `errno` text when it cannot be opened, or is not a regular file.
    init(reading path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure(reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw ReadFailure(reason: reason)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ReadFailure(reason: "not a regular file")
        }
        self.descriptor = descriptor
        count = Int(status.st_size)
        memory = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// Copies bytes held in memory into a buffer this object owns (a `Data`'s own
    /// storage may be inline in the struct, so a pointer into it cannot outlive a closure).
    init(data: Data) {
        count = data.count
        descriptor = -1
        memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        data.copyBytes(to: UnsafeMutableRawBufferPointer(rebasing: memory[0..<count]))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) } else { memory.deallocate() }
    }

    /// Calls `body` with the bytes of `range` (clamped to the archive), read into
    /// `scratch` for a file. Throws ``ReadFailure`` when the file gives fewer bytes
    /// than it had when opened: it was truncated or replaced while being read.
    func withBytes<Result>(
        _ range: Range<Int>, scratch: inout [UInt8],
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) throws -> Result {
        let lower = min(max(range.lowerBound, 0), count)
        let upper = min(max(range.upperBound, lower), count)
        if descriptor < 0 {
            return try body(UnsafeRawBufferPointer(rebasing: memory[lower..<upper]))
        }
        let length = upper - lower
        if scratch.count < length { scratch = [UInt8](repeating: 0, count: length) }
        let filled = try scratch.withUnsafeMutableBytes { buffer -> Int in
            var filled = 0
            guard let base = buffer.baseAddress else { return 0 }
            while filled < length {
                let got = pread(descriptor, base + filled, length - filled, off_t(lower + filled))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw ReadFailure(reason: String(cString: strerror(errno)))
                }
                if got == 0 { break }
                filled += got
            }
            return filled
        }
        guard filled == length else {
            throw ReadFailure(
                reason: "the file changed while it was being read: it ends at byte \(lower + filled), "
                    + "it had \(count) bytes when opened")
        }
        return try scratch.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }
    }

    /// The bytes of `range` (clamped to the archive) as an array.
    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        var scratch: [UInt8] = []
        return try withBytes(range, scratch: &scratch) { Array($0) }
    }

    /// Why the file could not be read.
    struct ReadFailure: Error { var reason: String }
}
