import CZlib

/// Writes a ZIP archive front to back, one entry at a time, to any ``ZipWriterSink``.
///
/// Entries are deflated as their bytes arrive, so an entry of any size passes through
/// a fixed amount of memory. Each entry's CRC and sizes follow its data in a data
/// descriptor (general-purpose flag bit 3), which is why the sink never has to seek.
/// Every entry carries the same fixed timestamp (1980-01-01 00:00), so the same
/// entries give the same bytes. ZIP64 records are written only when an entry or the
/// archive passes a 32-bit limit; then the entry's "version needed" is 4.5, as
/// Excel and the ZIP specification expect, and 2.0 otherwise.
public final class ZipWriter {
    /// One finished entry, remembered for the central directory.
    struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
        var method: UInt16
        var usesDataDescriptor: Bool

        var needsZip64: Bool {
            compressedSize >= 0xFFFF_FFFF || uncompressedSize >= 0xFFFF_FFFF || localHeaderOffset >= 0xFFFF_FFFF
        }
    }

    private let sink: ZipWriterSink
    /// Deflate level for entries (0–9).
    public let compressionLevel: Int
    private var entries: [Entry] = []
    private var offset: UInt64 = 0
    private var open: OpenEntry?
    private var finished = false
    private var scratch: [UInt8] = []

    /// The entry being written.
    private struct OpenEntry {
        var entry: Entry
        var deflater: ZipWriterDeflater
    }

    /// Makes a writer that sends the archive to `sink`, deflating at `compressionLevel`.
    public init(sink: ZipWriterSink, compressionLevel: Int = 1) {
        self.sink = sink
        self.compressionLevel = min(max(compressionLevel, 0), 9)
    }

    /// Bytes written to the sink so far.
    public var bytesWritten: UInt64 { offset }

    /// Starts a deflated entry; its data follows through ``writeEntryData(_:)``.
    public func beginEntry(named name: String) throws {
        guard !finished, open == nil else { throw XLSXWriteError.zipState("an entry is already open or the archive is finished") }
        var entry = Entry(
            name: Array(name.utf8), crc: 0, compressedSize: 0, uncompressedSize: 0,
            localHeaderOffset: offset, method: 8, usesDataDescriptor: true)
        entry.localHeaderOffset = offset
        try writeLocalHeader(entry)
        open = OpenEntry(entry: entry, deflater: try ZipWriterDeflater(level: compressionLevel))
    }

    /// Appends uncompressed bytes to the open entry.
    public func writeEntryData(_ bytes: UnsafeRawBufferPointer) throws {
        guard var current = open else { throw XLSXWriteError.zipState("no entry is open") }
        guard bytes.count > 0 else { return }
        current.entry.crc = UInt32(crc32(UInt(current.entry.crc), bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count)))
        current.entry.uncompressedSize += UInt64(bytes.count)
        var produced: UInt64 = 0
        try current.deflater.compress(bytes, flush: Z_NO_FLUSH) { chunk in
            produced += UInt64(chunk.count)
            try self.emit(chunk)
        }
        current.entry.compressedSize += produced
        open = current
    }

    /// Finishes the open entry: flushes the deflater and writes the data descriptor.
    public func endEntry() throws {
        guard var current = open else { throw XLSXWriteError.zipState("no entry is open") }
        var produced: UInt64 = 0
        try current.deflater.compress(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH) { chunk in
            produced += UInt64(chunk.count)
            try self.emit(chunk)
        }
        current.deflater.end()
        current.entry.compressedSize += produced
        open = nil
        try writeDataDescriptor(current.entry)
        entries.append(current.entry)
    }

    /// Writes a whole entry from bytes in memory.
    public func addEntry(named name: String, bytes: [UInt8]) throws {
        try beginEntry(named: name)
        try bytes.withUnsafeBytes { try writeEntryData($0) }
        try endEntry()
    }

    /// Writes an entry whose deflated bytes were produced elsewhere (for example spooled to
    /// a temporary file); `copyCompressed` sends them to the closure it is given.
    func addPrecompressedEntry(
        named name: String, crc: UInt32, compressedSize: UInt64, uncompressedSize: UInt64,
        copyCompressed: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        guard !finished, open == nil else { throw XLSXWriteError.zipState("an entry is already open or the archive is finished") }
        let entry = Entry(
            name: Array(name.utf8), crc: crc, compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, localHeaderOffset: offset, method: 8, usesDataDescriptor: true)
        try writeLocalHeader(entry)
        var copied: UInt64 = 0
        try copyCompressed { chunk in
            copied += UInt64(chunk.count)
            try self.emit(chunk)
        }
        guard copied == compressedSize else {
            throw XLSXWriteError.zipState("entry \(name): \(copied) compressed bytes copied, \(compressedSize) expected")
        }
        try writeDataDescriptor(entry)
        entries.append(entry)
    }

    /// Writes the central directory (and the ZIP64 end records when needed) and flushes the sink.
    public func finish() throws {
        guard !finished else { return }
        guard open == nil else { throw XLSXWriteError.zipState("an entry is still open") }
        finished = true
        let directoryStart = offset
        for entry in entries { try writeCentralHeader(entry) }
        let directorySize = offset - directoryStart
        let needsZip64End = entries.count >= 0xFFFF || directoryStart >= 0xFFFF_FFFF || directorySize >= 0xFFFF_FFFF
        if needsZip64End {
            let zip64EndOffset = offset
            scratch.removeAll(keepingCapacity: true)
            put32(0x0606_4b50)
            put64(44) // size of the rest of this record
            put16(45); put16(45) // version made by, version needed
            put32(0); put32(0) // this disk, disk with the directory
            put64(UInt64(entries.count)); put64(UInt64(entries.count))
            put64(directorySize); put64(directoryStart)
            put32(0x0706_4b50) // ZIP64 end locator
            put32(0); put64(zip64EndOffset); put32(1)
            try emitScratch()
        }
        scratch.removeAll(keepingCapacity: true)
        put32(0x0605_4b50)
        put16(0); put16(0)
        put16(UInt16(min(entries.count, 0xFFFF))); put16(UInt16(min(entries.count, 0xFFFF)))
        put32(UInt32(min(directorySize, 0xFFFF_FFFF))); put32(UInt32(min(directoryStart, 0xFFFF_FFFF)))
        put16(0)
        try emitScratch()
        try sink.flush()
    }

    // MARK: - Records

    /// Fixed DOS time and date: 00:00:00 on 1980-01-01, the earliest a ZIP can say.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// Bit 3: sizes in the data descriptor; bit 11: names are UTF-8.
    private static func flags(_ entry: Entry) -> UInt16 {
        var flags: UInt16 = entry.usesDataDescriptor ? 0x0008 : 0
        if entry.name.contains(where: { $0 >= 0x80 }) { flags |= 0x0800 }
        return flags
    }

    private func writeLocalHeader(_ entry: Entry) throws {
        scratch.removeAll(keepingCapacity: true)
        put32(0x0403_4b50)
        put16(20)
        put16(Self.flags(entry))
        put16(entry.method)
        put16(Self.dosTime); put16(Self.dosDate)
        put32(0); put32(0); put32(0) // CRC and sizes follow in the data descriptor
        put16(UInt16(entry.name.count)); put16(0)
        scratch.append(contentsOf: entry.name)
        try emitScratch()
    }

    private func writeDataDescriptor(_ entry: Entry) throws {
        scratch.removeAll(keepingCapacity: true)
        put32(0x0807_4b50)
        put32(entry.crc)
        if entry.compressedSize >= 0xFFFF_FFFF || entry.uncompressedSize >= 0xFFFF_FFFF {
            put64(entry.compressedSize); put64(entry.uncompressedSize)
        } else {
            put32(UInt32(entry.compressedSize)); put32(UInt32(entry.uncompressedSize))
        }
        try emitScratch()
    }

    private func writeCentralHeader(_ entry: Entry) throws {
        scratch.removeAll(keepingCapacity: true)
        let zip64 = entry.needsZip64
        var extra: [UInt8] = []
        if zip64 {
            // Only the fields that overflow appear, in this fixed order.
            var fields: [UInt64] = []
            if entry.uncompressedSize >= 0xFFFF_FFFF { fields.append(entry.uncompressedSize) }
            if entry.compressedSize >= 0xFFFF_FFFF { fields.append(entry.compressedSize) }
            if entry.localHeaderOffset >= 0xFFFF_FFFF { fields.append(entry.localHeaderOffset) }
            extra = [0x01, 0x00] + Self.littleEndian(UInt64(fields.count * 8), bytes: 2)
            for field in fields { extra += Self.littleEndian(field, bytes: 8) }
        }
        put32(0x0201_4b50)
        put16(zip64 ? 45 : 20) // version made by (MS-DOS host)
        put16(zip64 ? 45 : 20) // version needed
        put16(Self.flags(entry))
        put16(entry.method)
        put16(Self.dosTime); put16(Self.dosDate)
        put32(entry.crc)
        put32(UInt32(min(entry.compressedSize, 0xFFFF_FFFF)))
        put32(UInt32(min(entry.uncompressedSize, 0xFFFF_FFFF)))
        put16(UInt16(entry.name.count)); put16(UInt16(extra.count)); put16(0)
        put16(0); put16(0); put32(0) // disk, internal and external attributes
        put32(UInt32(min(entry.localHeaderOffset, 0xFFFF_FFFF)))
        scratch.append(contentsOf: entry.name)
        scratch.append(contentsOf: extra)
        try emitScratch()
    }

    private static func littleEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    private func put16(_ value: UInt16) { scratch.append(UInt8(value & 0xFF)); scratch.append(UInt8(value >> 8)) }
    private func put32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { scratch.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) } }
    private func put64(_ value: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { scratch.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) } }

    private func emitScratch() throws {
        try scratch.withUnsafeBytes { try emit($0) }
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        try sink.write(bytes)
        offset += UInt64(bytes.count)
    }
}
