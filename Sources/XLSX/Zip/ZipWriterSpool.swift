import CZlib
import Foundation

/// A ZIP entry's body deflated into an anonymous temporary file while other entries are
/// being written, then copied into the archive in one piece.
///
/// The shared-string table needs this: its strings arrive while the sheets stream out,
/// but it must be a separate entry. The file is unlinked as soon as it is created, so
/// nothing is left behind even if the process dies.
final class ZipWriterSpool {
    private let descriptor: Int32
    private let path: String
    private let deflater: ZipWriterDeflater
    private(set) var crc: UInt32 = 0
    private(set) var uncompressedSize: UInt64 = 0
    private(set) var compressedSize: UInt64 = 0
    private var finished = false

    /// Opens a spool in `directory`, deflating at `level`.
    init(directory: URL, level: Int) throws {
        var template = Array(directory.appendingPathComponent("plansheet-spool-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else {
            throw XLSXWriteError.io(path: directory.path, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        unlink(path)
        descriptor = fd
        deflater = try ZipWriterDeflater(level: level)
    }

    deinit { close(descriptor) }

    /// Appends uncompressed bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        crc = UInt32(crc32(UInt(crc), bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count)))
        uncompressedSize += UInt64(bytes.count)
        try deflater.compress(bytes, flush: Z_NO_FLUSH) { try store($0) }
    }

    /// Ends the deflate stream; no more bytes may be written.
    func finish() throws {
        guard !finished else { return }
        finished = true
        try deflater.compress(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH) { try store($0) }
        deflater.end()
    }

    /// Sends the compressed bytes, from the start, to `emit`.
    func copyCompressed(_ emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw ioError() }
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: 1 << 17, alignment: 8)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk, 1 << 17)
            if count < 0 { if errno == EINTR { continue }; throw ioError() }
            if count == 0 { break }
            try emit(UnsafeRawBufferPointer(start: chunk, count: count))
        }
    }

    private func store(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 { if errno == EINTR { continue }; throw ioError() }
            offset += written
        }
        compressedSize += UInt64(bytes.count)
    }

    private func ioError() -> XLSXWriteError {
        XLSXWriteError.io(path: path, message: String(cString: strerror(errno)))
    }
}

extension ZipWriter {
    /// Writes an entry made of `prefix` followed by a finished spool's content.
    ///
    /// The prefix is deflated on its own and ended with a sync flush (a byte-aligned,
    /// non-final block), so the spool's independent deflate stream can follow it
    /// directly: together they form one valid deflate stream. The CRC is combined
    /// from the two parts' CRCs, so the spool is never decompressed. This is how the
    /// shared-string table gets its counts in its first tag after all strings are known.
    func addEntry(named name: String, prefix: [UInt8], spool: ZipWriterSpool) throws {
        try spool.finish()
        let deflater = try ZipWriterDeflater(level: compressionLevel)
        var head: [UInt8] = []
        try prefix.withUnsafeBytes { bytes in
            try deflater.compress(bytes, flush: Z_SYNC_FLUSH) { head.append(contentsOf: $0) }
        }
        deflater.end()
        let prefixCRC = prefix.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        let crc = UInt32(crc32_combine(UInt(prefixCRC), UInt(spool.crc), off_t(spool.uncompressedSize)))
        try addPrecompressedEntry(
            named: name, crc: crc, compressedSize: UInt64(head.count) + spool.compressedSize,
            uncompressedSize: UInt64(prefix.count) + spool.uncompressedSize
        ) { emit in
            try head.withUnsafeBytes { try emit($0) }
            try spool.copyCompressed(emit)
        }
    }
}
