import Foundation

/// The bytes of an archive: a read-only memory mapping of the file, or a `Data` in memory.
///
/// A mapping lets the reader hand the kernel back the pages it has inflated
/// (``releasePages(_:)``), so reading a long sheet keeps resident memory flat instead
/// of growing with the file.
final class ArchiveBytes: @unchecked Sendable {
    private let base: UnsafeRawPointer?
    /// The number of bytes.
    let count: Int
    private let mapped: Bool

    /// Maps a file read-only. Throws the `errno` text when the file cannot be opened or mapped.
    init(mapping path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw MappingError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw MappingError(reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw MappingError(reason: "not a regular file") }
        count = Int(status.st_size)
        if count == 0 {
            base = nil
            mapped = false
            return
        }
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw MappingError(reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(address)
        mapped = true
    }

    /// Copies bytes held in memory into a buffer this object owns (a `Data`'s own
    /// storage may be inline in the struct, so a pointer into it cannot outlive a closure).
    init(data: Data) {
        count = data.count
        mapped = false
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 16)
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: count)
        base = UnsafeRawPointer(copy)
    }

    deinit {
        guard let base else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// The bytes, valid while this object lives.
    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Tells the kernel the whole pages inside a range will not be needed soon, so they
    /// leave this process's resident memory (a mapped file's pages are read again on demand).
    func releasePages(_ range: Range<Int>) {
        guard mapped, let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, Int32(MADV_DONTNEED))
    }

    struct MappingError: Error { var reason: String }
}
