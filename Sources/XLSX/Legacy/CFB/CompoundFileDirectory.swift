extension CompoundFile {
    /// One 128-byte directory entry.
    struct DirectoryEntry {
        var name: String
        /// 1 storage, 2 stream, 5 root storage (0 unused).
        var type: UInt8
        var left: UInt32
        var right: UInt32
        var child: UInt32
        var start: UInt32
        var size: Int
    }

    static let noStream: UInt32 = 0xFFFF_FFFF

    /// The directory's entries in order.
    static func directoryEntries(_ directory: [UInt8], fileName: String, major: UInt16) throws -> [DirectoryEntry] {
        var entries: [DirectoryEntry] = []
        entries.reserveCapacity(directory.count / 128)
        var offset = 0
        while offset + 128 <= directory.count {
            let entry = directory[offset..<(offset + 128)]
            func u32(_ at: Int) -> UInt32 { words(entry[(offset + at)..<(offset + at + 4)])[0] }
            let nameBytes = min(Int(entry[offset + 64]) | Int(entry[offset + 65]) << 8, 64)
            var units: [UInt16] = []
            var index = offset
            while index + 1 < offset + nameBytes {
                let unit = UInt16(entry[index]) | UInt16(entry[index + 1]) << 8
                if unit == 0 { break }
                units.append(unit)
                index += 2
            }
            // Version 3 files may leave garbage in the size's high 32 bits ([MS-CFB] 2.6.3).
            let sizeLow = Int(u32(120)), sizeHigh = major == 3 ? 0 : Int(u32(124))
            let (size, overflow) = sizeHigh.multipliedReportingOverflow(by: 1 << 32)
            guard !overflow, sizeHigh < 1 << 30 else {
                throw XLSXError.corruptArchive(file: fileName, part: "directory", detail: "entry \(entries.count) has an impossible size")
            }
            entries.append(
                DirectoryEntry(
                    name: String(decoding: units, as: UTF16.self), type: entry[offset + 66],
                    left: u32(68), right: u32(72), child: u32(76), start: u32(116), size: size + sizeLow))
            offset += 128
        }
        return entries
    }

    /// The streams directly under `storage`: its child and that child's left/right siblings (a red-black tree).
    static func children(of storage: DirectoryEntry, in entries: [DirectoryEntry], fileName: String) throws -> [Stream] {
        var streams: [Stream] = []
        var pending = [storage.child]
        var visited = Set<UInt32>()
        while let next = pending.popLast() {
            guard next != noStream else { continue }
            guard Int(next) < entries.count, visited.insert(next).inserted else {
                throw XLSXError.corruptArchive(
                    file: fileName, part: "directory",
                    detail: Int(next) < entries.count ? "the directory tree loops" : "entry \(next) does not exist")
            }
            let entry = entries[Int(next)]
            if entry.type == 2 { streams.append(Stream(name: entry.name, startSector: entry.start, size: entry.size)) }
            pending.append(entry.left)
            pending.append(entry.right)
        }
        return streams
    }
}
