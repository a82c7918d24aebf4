import Foundation

/// A ZIP archive read from a file or a `Data`, with its central directory indexed.
///
/// Handles archive comments, ZIP64 end records and extra fields, stored and deflated
/// entries and data descriptors. Entries are found by OOXML part name (see ``ZipPartName``).
final class ZipArchive {
    /// The display name of the file, used in every error.
    let fileName: String
    /// The whole archive.
    let bytes: ArchiveBytes
    /// Entries in central-directory order.
    private(set) var entries: [ZipEntry] = []
    /// Bytes inflated from this archive so far, checked against ``ReadLimits/maxTotalSize``.
    var inflatedTotal = 0
    /// The declared sizes of the entries read so far, each counted once however often it
    /// is read (saturating), checked against ``ReadLimits/maxArchiveRatio``.
    private var declaredTotal = 0
    /// The local header offsets of the entries counted in ``declaredTotal``.
    private var countedEntries: Set<Int> = []
    private var indexByKey: [String: Int] = [:]

    /// The OLE2 compound-file signature: encrypted OOXML packages and legacy `.xls` files start with it.
    static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Indexes an archive; throws a clear error for files that are not (complete) ZIP
    /// archives, and for ambiguous ones that different readers would show differently:
    /// two entries with one name (or names differing only in case or separators), and
    /// entries whose data overlap (the overlapping-entry zip bomb).
    init(bytes: ArchiveBytes, fileName: String) throws {
        self.bytes = bytes
        self.fileName = fileName
        do {
            try readCentralDirectory()
        } catch let failure as ArchiveBytes.ReadFailure {
            throw XLSXError.unreadable(file: fileName, reason: failure.reason)
        }
    }

    /// Indexes an archive held in memory.
    convenience init(data: Data, fileName: String) throws {
        try self.init(bytes: ArchiveBytes(data: data), fileName: fileName)
    }

    /// The entry for a part name, matched case-insensitively with `\` and a leading `/` tolerated.
    func entry(named name: String) -> ZipEntry? {
        indexByKey[ZipPartName.key(name)].map { entries[$0] }
    }

    /// Whether the archive holds a part.
    func contains(_ name: String) -> Bool { entry(named: name) != nil }

    private func readCentralDirectory() throws {
        let count = bytes.count
        let head = try bytes.bytes(0..<min(count, 8))
        if head == Self.ole2Signature { throw XLSXError.encryptedOrLegacyWorkbook(file: fileName) }
        let startsLikeZip = head.count >= 4 && head[0..<4].elementsEqual([0x50, 0x4B, 0x03, 0x04])
        guard count >= 22 else {
            if startsLikeZip { throw XLSXError.truncatedArchive(file: fileName, detail: "no end of central directory record") }
            throw XLSXError.notAZipArchive(file: fileName)
        }
        // The end record sits in the last 22 bytes plus an archive comment of up to 65,535 bytes;
        // 20 more bytes before it hold the ZIP64 locator, when there is one.
        let tailStart = max(0, count - 22 - 65_535 - 20)
        let tail = try bytes.bytes(tailStart..<count)
        let end: (entries: Int, size: Int, offset: Int)? = try tail.withUnsafeBytes { raw in
            let reader = ByteReader(bytes: raw, origin: tailStart)
            var endOffset = -1
            var position = count - 22
            let lowest = max(0, count - 22 - 65_535)
            while position >= lowest {
                if reader.u32(position) == 0x0605_4B50, let commentLength = reader.u16(position + 20),
                    position + 22 + Int(commentLength) <= count
                {
                    endOffset = position
                    break
                }
                position -= 1
            }
            guard endOffset >= 0 else { return nil }
            // A ZIP64 locator 20 bytes before the end record points at the ZIP64 end record.
            if endOffset - 20 >= tailStart, reader.u32(endOffset - 20) == 0x0706_4B50,
                let zip64EndOffset = reader.u64(endOffset - 12).flatMap({ Int(exactly: $0) })
            {
                return try zip64End(at: zip64EndOffset)
            }
            return (
                Int(reader.u16(endOffset + 10) ?? 0), Int(reader.u32(endOffset + 12) ?? 0),
                Int(reader.u32(endOffset + 16) ?? 0)
            )
        }
        guard let (entryCount, directorySize, directoryOffset) = end else {
            if startsLikeZip { throw XLSXError.truncatedArchive(file: fileName, detail: "no end of central directory record") }
            throw XLSXError.notAZipArchive(file: fileName)
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= count, directorySize <= count - directoryOffset else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory lies past the end of the file")
        }
        // Reject absurd counts before reserving: each header takes at least 46 bytes.
        guard entryCount <= directorySize / 46 + 1 else {
            throw XLSXError.corruptArchive(file: fileName, part: "(central directory)", detail: "\(entryCount) entries cannot fit in \(directorySize) bytes")
        }
        let directory = try bytes.bytes(directoryOffset..<(directoryOffset + directorySize))
        entries.reserveCapacity(entryCount)
        try directory.withUnsafeBytes { raw in
            let reader = ByteReader(bytes: raw, origin: directoryOffset)
            var offset = directoryOffset
            for _ in 0..<entryCount {
                let entry = try readCentralHeader(reader, at: &offset)
                let key = ZipPartName.key(entry.name)
                if let earlier = indexByKey[key] {
                    throw XLSXError.corruptArchive(
                        file: fileName, part: entry.name,
                        detail: entries[earlier].name == entry.name
                            ? "the archive holds two entries with this name (readers would disagree on which one counts)"
                            : "its name differs from the entry \(entries[earlier].name) only in case or separators (readers would disagree on which one counts)"
                    )
                }
                indexByKey[key] = entries.count
                entries.append(entry)
            }
        }
        try assignDataLimits(directoryOffset: directoryOffset)
    }

    /// The counts of a ZIP64 end of central directory record.
    private func zip64End(at offset: Int) throws -> (entries: Int, size: Int, offset: Int) {
        let record = try bytes.bytes(offset..<(offset &+ 56))
        return try record.withUnsafeBytes { raw in
            let reader = ByteReader(bytes: raw, origin: offset)
            guard reader.u32(offset) == 0x0606_4B50,
                let entries64 = reader.u64(offset + 32), let size64 = reader.u64(offset + 40),
                let offset64 = reader.u64(offset + 48),
                let entries = Int(exactly: entries64), let size = Int(exactly: size64), let start = Int(exactly: offset64)
            else {
                throw XLSXError.truncatedArchive(file: fileName, detail: "ZIP64 end of central directory record unreadable")
            }
            return (entries, size, start)
        }
    }

    /// Gives each entry the offset its data must end by: the next entry's local header
    /// (or the central directory). Two entries starting at one offset, or an entry whose
    /// header and data cannot fit before the next, share bytes: refused, since that is
    /// how overlapping-entry zip bombs inflate kilobytes to gigabytes.
    private func assignDataLimits(directoryOffset: Int) throws {
        let order = entries.indices.sorted { entries[$0].localHeaderOffset < entries[$1].localHeaderOffset }
        for (position, index) in order.enumerated() {
            let entry = entries[index]
            let limit = position + 1 < order.count ? entries[order[position + 1]].localHeaderOffset : directoryOffset
            // The least an entry occupies: a 30-byte local header and its compressed data (the name is checked on reading).
            let (headerEnd, overflow) = entry.localHeaderOffset.addingReportingOverflow(30)
            let (dataEnd, overflow2) = headerEnd.addingReportingOverflow(entry.compressedSize)
            guard !overflow, !overflow2, dataEnd <= limit else {
                let other = position + 1 < order.count ? "the entry \(entries[order[position + 1]].name)" : "the central directory"
                throw XLSXError.corruptArchive(
                    file: fileName, part: entry.name,
                    detail: "its data overlaps \(other) (overlapping entries, a zip bomb technique)")
            }
            entries[index].dataLimit = limit
        }
    }

    /// Refuses, before an entry is inflated, reading more from an archive than
    /// ``ReadLimits/maxArchiveRatio`` times its own size (Info-ZIP's bomb check): the
    /// declared sizes of the entries read so far, each counted once, once past 16 MiB.
    /// Deflate cannot pass about 1,032:1, real workbooks stay far below.
    func countAgainstArchiveRatio(_ entry: ZipEntry, limits: ReadLimits) throws {
        guard !countedEntries.contains(entry.localHeaderOffset) else { return }
        let (total, overflow) = declaredTotal.addingReportingOverflow(entry.uncompressedSize)
        let (allowed, overflow2) = max(bytes.count, 1).multipliedReportingOverflow(by: max(limits.maxArchiveRatio, 1))
        if overflow || (!overflow2 && total > 16 << 20 && total > allowed) {
            throw XLSXError.limitExceeded(
                file: fileName, part: "(whole archive)",
                limit:
                    "the parts read declare \(overflow ? Int.max : total) bytes, more than \(limits.maxArchiveRatio) times the archive's \(bytes.count) bytes")
        }
        declaredTotal = total
        countedEntries.insert(entry.localHeaderOffset)
    }

    private func readCentralHeader(_ reader: ByteReader, at offset: inout Int) throws -> ZipEntry {
        guard reader.u32(offset) == 0x0201_4B50,
            let flags = reader.u16(offset + 8), let method = reader.u16(offset + 10),
            let crc = reader.u32(offset + 16), let compressed32 = reader.u32(offset + 20),
            let uncompressed32 = reader.u32(offset + 24), let nameLength = reader.u16(offset + 28),
            let extraLength = reader.u16(offset + 30), let commentLength = reader.u16(offset + 32),
            let localOffset32 = reader.u32(offset + 42)
        else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory header unreadable at byte \(offset)")
        }
        let nameStart = offset + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= reader.end else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory ends inside an entry")
        }
        let name = String(decoding: reader.slice(nameStart..<extraStart), as: UTF8.self)
        var compressed = UInt64(compressed32), uncompressed = UInt64(uncompressed32), localOffset = UInt64(localOffset32)
        // ZIP64 extra field (id 1): the 64-bit values, in this order, for each 32-bit field set to 0xFFFFFFFF.
        var extra = extraStart
        while extra + 4 <= extraStart + Int(extraLength) {
            guard let id = reader.u16(extra), let size = reader.u16(extra + 2) else { break }
            if id == 0x0001 {
                var field = extra + 4
                if uncompressed32 == 0xFFFF_FFFF, let value = reader.u64(field) { uncompressed = value; field += 8 }
                if compressed32 == 0xFFFF_FFFF, let value = reader.u64(field) { compressed = value; field += 8 }
                if localOffset32 == 0xFFFF_FFFF, let value = reader.u64(field) { localOffset = value }
            }
            extra += 4 + Int(size)
        }
        offset = next
        guard let compressedSize = Int(exactly: compressed), let uncompressedSize = Int(exactly: uncompressed),
            let localHeaderOffset = Int(exactly: localOffset), compressedSize >= 0, uncompressedSize >= 0
        else {
            throw XLSXError.corruptArchive(file: fileName, part: name, detail: "sizes out of range")
        }
        return ZipEntry(
            name: name, flags: flags, method: method, crc32: crc, compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset, dataLimit: 0)
    }
}
