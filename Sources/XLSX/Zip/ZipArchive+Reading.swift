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
            throw XLSXError.limitExceeded(
                file: fileName, part: entry.name,
                limit: "inflates to \(entry.uncompressedSize) bytes, more than the \(limits.maxEntrySize) allowed per entry")
        }
        // Overflow-reporting: a caller may raise the limits as far as Int.max.
        let (total, overflow) = inflatedTotal.addingReportingOverflow(entry.uncompressedSize)
        if overflow || total > limits.maxTotalSize {
            throw XLSXError.limitExceeded(
                file: fileName, part: entry.name,
                limit: "the workbook inflates to more than the \(limits.maxTotalSize) bytes allowed")
        }
        if entry.uncompressedSize > 16 << 20,
            entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio
        {
            throw XLSXError.limitExceeded(
                file: fileName, part: entry.name,
                limit: "compression ratio above \(limits.maxCompressionRatio):1")
        }
        try countAgainstArchiveRatio(entry, limits: limits)
        do {
            let start = try dataStart(of: entry)
            let compressed = start..<(start + entry.compressedSize)
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
            inflatedTotal = inflatedTotal.addingReportingOverflow(produced).overflow ? .max : inflatedTotal + produced
            guard produced == entry.uncompressedSize else {
                throw XLSXError.corruptArchive(
                    file: fileName, part: entry.name,
                    detail: "inflated to \(produced) bytes, the archive declares \(entry.uncompressedSize)")
            }
            guard crc == entry.crc32 else { throw XLSXError.checksumMismatch(file: fileName, part: entry.name) }
        } catch let failure as ArchiveBytes.ReadFailure {
            throw XLSXError.unreadable(file: fileName, reason: failure.reason)
        }
    }

    /// Where an entry's compressed data starts, after checking that its local header
    /// agrees with the central directory (name, method, encryption and, without a data
    /// descriptor, CRC and sizes) and that the data ends before the next entry: a package
    /// whose two directories disagree shows different contents to different readers.
    private func dataStart(of entry: ZipEntry) throws -> Int {
        let header = try bytes.bytes(entry.localHeaderOffset..<(entry.localHeaderOffset + 30))
        let fields:
            (
                flags: UInt16, method: UInt16, crc: UInt32, compressed: UInt32, uncompressed: UInt32,
                nameLength: Int, extraLength: Int
            )? = header.withUnsafeBytes { raw in
                let reader = ByteReader(bytes: raw, origin: entry.localHeaderOffset)
                let at = entry.localHeaderOffset
                guard reader.u32(at) == 0x0403_4B50, let flags = reader.u16(at + 6), let method = reader.u16(at + 8),
                    let crc = reader.u32(at + 14), let compressed = reader.u32(at + 18), let uncompressed = reader.u32(at + 22),
                    let nameLength = reader.u16(at + 26), let extraLength = reader.u16(at + 28)
                else { return nil }
                return (flags, method, crc, compressed, uncompressed, Int(nameLength), Int(extraLength))
            }
        guard let fields else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "local header of \(entry.name) missing")
        }
        let nameStart = entry.localHeaderOffset + 30
        let localName = String(decoding: try bytes.bytes(nameStart..<(nameStart + fields.nameLength)), as: UTF8.self)
        func disagree(_ what: String) -> XLSXError {
            XLSXError.corruptArchive(
                file: fileName, part: entry.name,
                detail: "its local header disagrees with the central directory (\(what))")
        }
        guard localName == entry.name else { throw disagree("local name \(localName)") }
        guard fields.method == entry.method else { throw disagree("compression method \(fields.method), not \(entry.method)") }
        guard fields.flags & 0x0041 == entry.flags & 0x0041 else { throw disagree("encryption flags") }
        if fields.flags & 0x0008 == 0 {
            // Without a data descriptor the local header carries the real values (0xFFFFFFFF: in the ZIP64 extra field).
            guard fields.crc == entry.crc32 else { throw disagree("CRC-32") }
            guard fields.compressed == 0xFFFF_FFFF || Int(fields.compressed) == entry.compressedSize,
                fields.uncompressed == 0xFFFF_FFFF || Int(fields.uncompressed) == entry.uncompressedSize
            else {
                throw disagree("sizes")
            }
        }
        let start = nameStart + fields.nameLength + fields.extraLength
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "data of \(entry.name) runs past the end of the file")
        }
        guard start + entry.compressedSize <= entry.dataLimit else {
            throw XLSXError.corruptArchive(
                file: fileName, part: entry.name,
                detail: "its data overlaps the next entry (overlapping entries, a zip bomb technique)")
        }
        return start
    }

    /// Hands the bytes of a range of the archive to `body` in pieces of at most 4 MiB,
    /// read from the file as they are needed, so memory stays flat for a long entry.
    private func forEachPiece(of range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var scratch: [UInt8] = []
        var position = range.lowerBound
        while position < range.upperBound {
            let end = min(range.upperBound, position + Self.pieceSize)
            try bytes.withBytes(position..<end, scratch: &scratch, body)
            position = end
        }
    }

    /// How much compressed data is read from the file at a time.
    static let pieceSize = 4 << 20

    /// The whole uncompressed contents of a (small) entry.
    func contents(of entry: ZipEntry, limits: ReadLimits) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(entry.uncompressedSize, 1 << 24))
        try read(entry, limits: limits) { bytes.append(contentsOf: $0) }
        return bytes
    }

    private func copyStored(
        _ range: Range<Int>,
        _ consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> (UInt32, Int) {
        var crc = UInt(0)
        try forEachPiece(of: range) { piece in
            var offset = 0
            while offset < piece.count {
                let end = min(offset + Self.chunkSize, piece.count)
                let chunk = UnsafeRawBufferPointer(rebasing: piece[offset..<end])
                crc = updateCRC(crc, chunk)
                try consume(chunk)
                offset = end
            }
        }
        return (UInt32(truncatingIfNeeded: crc), range.count)
    }

    private func inflate(
        _ range: Range<Int>, entry: ZipEntry,
        _ consume: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> (UInt32, Int) {
        var stream = z_stream()
        // Raw deflate (negative window bits): ZIP entries carry no zlib header.
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw XLSXError.corruptArchive(file: fileName, part: entry.name, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { output.deallocate() }
        guard let outBase = output.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (0, 0) }
        var crc = UInt(0)
        var produced = 0
        var ended = false
        try forEachPiece(of: range) { piece in
            guard !ended, let base = piece.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(piece.count)
            // Inflate until this piece is used up (or the stream ends); the next piece follows.
            while true {
                stream.next_out = outBase
                stream.avail_out = UInt32(Self.chunkSize)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                let count = Self.chunkSize - Int(stream.avail_out)
                if count > 0 {
                    produced += count
                    if produced > entry.uncompressedSize {
                        throw XLSXError.limitExceeded(
                            file: fileName, part: entry.name,
                            limit: "inflates past its declared size of \(entry.uncompressedSize) bytes")
                    }
                    let chunk = UnsafeRawBufferPointer(start: outBase, count: count)
                    crc = updateCRC(crc, chunk)
                    try consume(chunk)
                }
                if status == Z_STREAM_END { ended = true; return }
                if status != Z_OK && status != Z_BUF_ERROR {
                    let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                    throw XLSXError.corruptArchive(file: fileName, part: entry.name, detail: "corrupt deflate data (\(reason))")
                }
                // Input used up and no output room wanted: fetch the next piece.
                if stream.avail_in == 0 && stream.avail_out != 0 { return }
            }
        }
        stream.next_in = nil
        stream.avail_in = 0
        guard ended else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "compressed data of \(entry.name) ends early")
        }
        return (UInt32(truncatingIfNeeded: crc), produced)
    }

    @inline(__always) private func updateCRC(_ crc: UInt, _ bytes: UnsafeRawBufferPointer) -> UInt {
        guard let base = bytes.baseAddress else { return crc }
        return crc32(crc, base.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
    }
}
