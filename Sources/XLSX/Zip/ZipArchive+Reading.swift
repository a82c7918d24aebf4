import CZlib
import Foundation

extension ZipArchive {
    /// The size of the chunks an entry is inflated in: large enough to amortise the
    /// per-chunk cost, small enough to stay in cache while the XML parser reads it.
    static let chunkSize = 64 * 1024

    /// Streams an entry's uncompressed bytes to `consume` in chunks of up to 64 KiB,
    /// checking its CRC-32 and the limits as it goes.
    ///
    /// Inflating stops with an error as soon as the output passes the size the archive
    /// declares, so a zip bomb that lies about its size costs at most that size.
    func read(_ entry: ZipEntry, limits: ReadLimits, _ consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        if entry.isEncrypted { throw XLSXError.encryptedEntry(file: fileName, part: entry.name) }
        guard entry.method == 0 || entry.method == 8 else {
            throw XLSXError.unsupportedCompression(file: fileName, part: entry.name, method: Int(entry.method))
        }
        if entry.uncompressedSize > limits.maxEntrySize {
            throw XLSXError.limitExceeded(file: fileName, part: entry.name,
                                          limit: "inflates to \(entry.uncompressedSize) bytes, more than the \(limits.maxEntrySize) allowed per entry")
        }
        if inflatedTotal + entry.uncompressedSize > limits.maxTotalSize {
            throw XLSXError.limitExceeded(file: fileName, part: entry.name,
                                          limit: "the workbook inflates to more than the \(limits.maxTotalSize) bytes allowed")
        }
        if entry.uncompressedSize > 16 << 20,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw XLSXError.limitExceeded(file: fileName, part: entry.name,
                                          limit: "compression ratio above \(limits.maxCompressionRatio):1")
        }
        do {
            let raw = bytes.buffer
            let reader = ByteReader(bytes: raw)
            guard reader.u32(entry.localHeaderOffset) == 0x0403_4B50,
                  let nameLength = reader.u16(entry.localHeaderOffset + 26),
                  let extraLength = reader.u16(entry.localHeaderOffset + 28) else {
                throw XLSXError.truncatedArchive(file: fileName, detail: "local header of \(entry.name) missing")
            }
            let start = entry.localHeaderOffset + 30 + Int(nameLength) + Int(extraLength)
            guard start <= raw.count, entry.compressedSize <= raw.count - start else {
                throw XLSXError.truncatedArchive(file: fileName, detail: "data of \(entry.name) runs past the end of the file")
            }
            let compressed = UnsafeRawBufferPointer(rebasing: raw[start..<(start + entry.compressedSize)])
            let crc: UInt32
            let produced: Int
            if entry.method == 0 {
                guard entry.compressedSize == entry.uncompressedSize else {
                    throw XLSXError.corruptArchive(file: fileName, part: entry.name, detail: "stored entry with differing sizes")
                }
                (crc, produced) = try copyStored(compressed, consume)
            } else {
                (crc, produced) = try inflate(compressed, entry: entry, consume)
            }
            bytes.releasePages(start..<(start + entry.compressedSize))
            inflatedTotal += produced
            guard produced == entry.uncompressedSize else {
                throw XLSXError.corruptArchive(file: fileName, part: entry.name,
                                               detail: "inflated to \(produced) bytes, the archive declares \(entry.uncompressedSize)")
            }
            guard crc == entry.crc32 else { throw XLSXError.checksumMismatch(file: fileName, part: entry.name) }
        }
    }

    /// The whole uncompressed contents of a (small) entry.
    func contents(of entry: ZipEntry, limits: ReadLimits) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(entry.uncompressedSize, 1 << 24))
        try read(entry, limits: limits) { bytes.append(contentsOf: $0) }
        return bytes
    }

    private func copyStored(_ bytes: UnsafeRawBufferPointer,
                            _ consume: (UnsafeRawBufferPointer) throws -> Void) throws -> (UInt32, Int) {
        var crc = UInt(0)
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + Self.chunkSize, bytes.count)
            let chunk = UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
            crc = updateCRC(crc, chunk)
            try consume(chunk)
            offset = end
        }
        return (UInt32(truncatingIfNeeded: crc), bytes.count)
    }

    private func inflate(_ input: UnsafeRawBufferPointer, entry: ZipEntry,
                         _ consume: (UnsafeRawBufferPointer) throws -> Void) throws -> (UInt32, Int) {
        var stream = z_stream()
        // Raw deflate (negative window bits): ZIP entries carry no zlib header.
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw XLSXError.corruptArchive(file: fileName, part: entry.name, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { output.deallocate() }
        guard let outBase = output.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (0, 0) }
        var inputOffset = 0
        var crc = UInt(0)
        var produced = 0
        while true {
            if stream.avail_in == 0 && inputOffset < input.count, let base = input.baseAddress {
                // Feed 4 MiB at a time and hand the consumed pages back, so a long sheet keeps resident memory flat.
                if inputOffset > 0, let archiveBase = bytes.buffer.baseAddress {
                    let consumedStart = UnsafeRawPointer(base) - archiveBase
                    bytes.releasePages(consumedStart..<(consumedStart + inputOffset))
                }
                let length = min(input.count - inputOffset, 4 << 20)
                stream.next_in = UnsafeMutablePointer(mutating: (base + inputOffset).assumingMemoryBound(to: UInt8.self))
                stream.avail_in = UInt32(length)
                inputOffset += length
            }
            stream.next_out = outBase
            stream.avail_out = UInt32(Self.chunkSize)
            let status = CZlib.inflate(&stream, Z_NO_FLUSH)
            let count = Self.chunkSize - Int(stream.avail_out)
            if count > 0 {
                produced += count
                if produced > entry.uncompressedSize {
                    throw XLSXError.limitExceeded(file: fileName, part: entry.name,
                                                  limit: "inflates past its declared size of \(entry.uncompressedSize) bytes")
                }
                let chunk = UnsafeRawBufferPointer(start: outBase, count: count)
                crc = updateCRC(crc, chunk)
                try consume(chunk)
            }
            if status == Z_STREAM_END { break }
            if status == Z_BUF_ERROR && stream.avail_in == 0 && inputOffset >= input.count {
                throw XLSXError.truncatedArchive(file: fileName, detail: "compressed data of \(entry.name) ends early")
            }
            if status != Z_OK && status != Z_BUF_ERROR {
                let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw XLSXError.corruptArchive(file: fileName, part: entry.name, detail: "corrupt deflate data (\(reason))")
            }
        }
        return (UInt32(truncatingIfNeeded: crc), produced)
    }

    @inline(__always) private func updateCRC(_ crc: UInt, _ bytes: UnsafeRawBufferPointer) -> UInt {
        guard let base = bytes.baseAddress else { return crc }
        return crc32(crc, base.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
    }
}
