import Foundation

/// A ZIP archive read from memory (a mapped file or a `Data`), with its central directory indexed.
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
    private var indexByKey: [String: Int] = [:]

    /// The OLE2 compound-file signature: encrypted OOXML packages and legacy `.xls` files start with it.
    static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Indexes an archive; throws a clear error for files that are not (complete) ZIP archives.
    init(bytes: ArchiveBytes, fileName: String) throws {
        self.bytes = bytes
        self.fileName = fileName
        try readCentralDirectory(ByteReader(bytes: bytes.buffer))
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

    private func readCentralDirectory(_ reader: ByteReader) throws {
        let count = reader.bytes.count
        if count >= 8, Array(reader.bytes[0..<8]) == Self.ole2Signature {
            throw XLSXError.encryptedOrLegacyWorkbook(file: fileName)
        }
        guard count >= 22 else {
            if count >= 4, reader.u32(0) == 0x0403_4B50 {
                throw XLSXError.truncatedArchive(file: fileName, detail: "no end of central directory record")
            }
            throw XLSXError.notAZipArchive(file: fileName)
        }
        // The end record sits in the last 22 bytes plus an archive comment of up to 65,535 bytes.
        var endOffset = -1
        var position = count - 22
        let lowest = max(0, count - 22 - 65_535)
        while position >= lowest {
            if reader.bytes[position] == 0x50, reader.u32(position) == 0x0605_4B50,
               let commentLength = reader.u16(position + 20), position + 22 + Int(commentLength) <= count {
                endOffset = position
                break
            }
            position -= 1
        }
        guard endOffset >= 0 else {
            if reader.u32(0) == 0x0403_4B50 {
                throw XLSXError.truncatedArchive(file: fileName, detail: "no end of central directory record")
            }
            throw XLSXError.notAZipArchive(file: fileName)
        }
        var entryCount = Int(reader.u16(endOffset + 10) ?? 0)
        var directorySize = Int(reader.u32(endOffset + 12) ?? 0)
        var directoryOffset = Int(reader.u32(endOffset + 16) ?? 0)
        // A ZIP64 locator 20 bytes before the end record points at the ZIP64 end record.
        if endOffset >= 20, reader.u32(endOffset - 20) == 0x0706_4B50,
           let zip64EndOffset = reader.u64(endOffset - 12).flatMap({ Int(exactly: $0) }) {
            guard reader.u32(zip64EndOffset) == 0x0606_4B50,
                  let entries64 = reader.u64(zip64EndOffset + 32), let size64 = reader.u64(zip64EndOffset + 40),
                  let offset64 = reader.u64(zip64EndOffset + 48),
                  let entries = Int(exactly: entries64), let size = Int(exactly: size64), let offset = Int(exactly: offset64) else {
                throw XLSXError.truncatedArchive(file: fileName, detail: "ZIP64 end of central directory record unreadable")
            }
            entryCount = entries
            directorySize = size
            directoryOffset = offset
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= count else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory lies past the end of the file")
        }
        // Reject absurd counts before reserving: each header takes at least 46 bytes.
        guard entryCount <= directorySize / 46 + 1 else {
            throw XLSXError.corruptArchive(file: fileName, part: "(central directory)", detail: "\(entryCount) entries cannot fit in \(directorySize) bytes")
        }
        entries.reserveCapacity(entryCount)
        var offset = directoryOffset
        for _ in 0..<entryCount {
            let entry = try readCentralHeader(reader, at: &offset)
            let key = ZipPartName.key(entry.name)
            if indexByKey[key] == nil { indexByKey[key] = entries.count }
            entries.append(entry)
        }
    }

    private func readCentralHeader(_ reader: ByteReader, at offset: inout Int) throws -> ZipEntry {
        guard reader.u32(offset) == 0x0201_4B50,
              let flags = reader.u16(offset + 8), let method = reader.u16(offset + 10),
              let crc = reader.u32(offset + 16), let compressed32 = reader.u32(offset + 20),
              let uncompressed32 = reader.u32(offset + 24), let nameLength = reader.u16(offset + 28),
              let extraLength = reader.u16(offset + 30), let commentLength = reader.u16(offset + 32),
              let localOffset32 = reader.u32(offset + 42) else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory header unreadable at byte \(offset)")
        }
        let nameStart = offset + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= reader.bytes.count else {
            throw XLSXError.truncatedArchive(file: fileName, detail: "central directory ends inside an entry")
        }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: reader.bytes[nameStart..<extraStart]), as: UTF8.self)
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
              let localHeaderOffset = Int(exactly: localOffset), compressedSize >= 0, uncompressedSize >= 0 else {
            throw XLSXError.corruptArchive(file: fileName, part: name, detail: "sizes out of range")
        }
        return ZipEntry(name: name, flags: flags, method: method, crc32: crc, compressedSize: compressedSize,
                        uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
    }
}
