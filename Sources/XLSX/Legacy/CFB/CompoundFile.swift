/// An OLE2 compound file ([MS-CFB]) read from memory: header, DIFAT, FAT, mini FAT and
/// the root storage's directory, enough to read a top-level stream such as `Workbook`.
///
/// Every sector number from the file is checked before it is used: a chain that loops,
/// points past the end of the file or is shorter than the stream it carries ends in a
/// ``XLSXError/corruptArchive(file:part:detail:)`` naming the structure. Nothing is
/// allocated from a size the file declares until the sectors holding it are known to
/// exist, so a hostile header costs at most the file's own size.
struct CompoundFile {
    /// One directory entry of the root storage.
    struct Stream {
        var name: String
        var startSector: UInt32
        var size: Int
    }

    let fileName: String
    private let bytes: UnsafeRawBufferPointer
    private let sectorShift: Int
    private let miniStreamCutoff: Int
    private var fat: [UInt32] = []
    private var miniFAT: [UInt32] = []
    private var miniStream: [UInt8] = []
    /// The streams directly under the root storage, in directory order.
    private(set) var streams: [Stream] = []

    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF
    static let miniSectorSize = 64

    /// Reads the header, the allocation tables and the root directory of `bytes`.
    init(bytes: UnsafeRawBufferPointer, fileName: String, limits: ReadLimits) throws {
        self.bytes = bytes
        self.fileName = fileName
        let reader = ByteReader(bytes: bytes)
        guard bytes.count >= 512, let major = reader.u16(26), let byteOrder = reader.u16(28), let shift = reader.u16(30),
            let miniShift = reader.u16(32), let fatSectorCount = reader.u32(44), let firstDirectory = reader.u32(48),
            let cutoff = reader.u32(56), let firstMiniFAT = reader.u32(60), let miniFATCount = reader.u32(64),
            let firstDIFAT = reader.u32(68), let difatCount = reader.u32(72)
        else {
            throw XLSXError.corruptArchive(file: fileName, part: "compound file header", detail: "the file is shorter than the 512-byte header")
        }
        guard byteOrder == 0xFFFE, (major == 3 && shift == 9) || (major == 4 && shift == 12) else {
            throw XLSXError.corruptArchive(
                file: fileName, part: "compound file header",
                detail: "version \(major) with \(1 << min(Int(shift), 30))-byte sectors is not a valid compound file (3/512 or 4/4096)")
        }
        guard miniShift == 6 else {
            throw XLSXError.corruptArchive(file: fileName, part: "compound file header", detail: "mini sector shift \(miniShift) (must be 6)")
        }
        sectorShift = Int(shift)
        miniStreamCutoff = Int(cutoff)
        let sectorSize = 1 << sectorShift
        // More FAT sectors than the file has sectors is impossible; checked before anything is reserved.
        let sectorsInFile = (bytes.count - 512 + sectorSize - 1) / sectorSize
        guard Int(fatSectorCount) <= sectorsInFile, Int(difatCount) <= sectorsInFile, Int(miniFATCount) <= sectorsInFile else {
            throw XLSXError.corruptArchive(
                file: fileName, part: "compound file header",
                detail:
                    "declares \(fatSectorCount) FAT sectors, \(difatCount) DIFAT sectors, \(miniFATCount) mini FAT sectors in a file of \(sectorsInFile) sectors"
            )
        }
        fat = try readFAT(reader: reader, sectorCount: Int(fatSectorCount), firstDIFAT: firstDIFAT)
        let directory = try readChain(from: firstDirectory, part: "directory", size: nil, limits: limits)
        let entries = try Self.directoryEntries(directory, fileName: fileName, major: major)
        guard let root = entries.first, root.type == 5 else {
            throw XLSXError.corruptArchive(file: fileName, part: "directory", detail: "the first entry is not the root storage")
        }
        if miniFATCount > 0 {
            miniFAT = Self.words(try readChain(from: firstMiniFAT, part: "mini FAT", size: nil, limits: limits))
        }
        if root.size > 0 {
            miniStream = try readChain(from: root.start, part: "mini stream", size: root.size, limits: limits)
        }
        streams = try Self.children(of: root, in: entries, fileName: fileName)
    }

    /// The stream's bytes, from the mini stream when it is smaller than the cutoff.
    func read(_ stream: Stream, limits: ReadLimits) throws -> [UInt8] {
        guard stream.size <= limits.maxEntrySize else {
            throw XLSXError.limitExceeded(
                file: fileName, part: "\(stream.name) stream",
                limit: "\(stream.size) bytes, more than the \(limits.maxEntrySize) allowed per part")
        }
        if stream.size < miniStreamCutoff { return try readMiniChain(from: stream.startSector, size: stream.size, part: stream.name) }
        return try readChain(from: stream.startSector, part: "\(stream.name) stream", size: stream.size, limits: limits)
    }

    /// The stream with this name (compared case-insensitively, as [MS-CFB] does), if any.
    func stream(named name: String) -> Stream? {
        streams.first { $0.name.uppercased() == name.uppercased() }
    }

    // MARK: allocation tables

    private func readFAT(reader: ByteReader, sectorCount: Int, firstDIFAT: UInt32) throws -> [UInt32] {
        var fatSectors: [UInt32] = []
        fatSectors.reserveCapacity(sectorCount)
        for slot in 0..<109 where fatSectors.count < sectorCount {
            guard let sector = reader.u32(76 + slot * 4) else { break }
            fatSectors.append(sector)
        }
        // Further FAT sector numbers sit in DIFAT sectors, each ending with the next one's number.
        var next = firstDIFAT
        var visited = 0
        let perSector = (1 << sectorShift) / 4 - 1
        while fatSectors.count < sectorCount, next != Self.endOfChain, next != Self.freeSector {
            visited += 1
            guard visited <= sectorCount else {
                throw XLSXError.corruptArchive(file: fileName, part: "DIFAT", detail: "the DIFAT chain loops")
            }
            let words = Self.words(try sector(next, part: "DIFAT"))
            for word in words.prefix(perSector) where fatSectors.count < sectorCount { fatSectors.append(word) }
            next = words.count > perSector ? words[perSector] : Self.endOfChain
        }
        guard fatSectors.count == sectorCount else {
            throw XLSXError.corruptArchive(file: fileName, part: "DIFAT", detail: "lists \(fatSectors.count) of the \(sectorCount) FAT sectors")
        }
        var table: [UInt32] = []
        table.reserveCapacity(sectorCount * (1 << sectorShift) / 4)
        for fatSector in fatSectors { table += Self.words(try sector(fatSector, part: "FAT")) }
        return table
    }

    /// The bytes of one sector; the file's last sector may be short (some writers do not pad it).
    private func sector(_ number: UInt32, part: String) throws -> UnsafeRawBufferPointer {
        let size = 1 << sectorShift
        let (start, overflow) = (Int(number) + 1).multipliedReportingOverflow(by: size)
        guard number < 0xFFFF_FFFA, !overflow, start < bytes.count else {
            throw XLSXError.corruptArchive(file: fileName, part: part, detail: "sector \(number) lies past the end of the file")
        }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + size, bytes.count)])
    }

    /// Follows a FAT chain; `size` (when known) is how many bytes the chain must hold.
    private func readChain(from start: UInt32, part: String, size: Int?, limits: ReadLimits) throws -> [UInt8] {
        let sectorSize = 1 << sectorShift
        if let size {
            guard size <= fat.count * sectorSize else {
                throw XLSXError.corruptArchive(file: fileName, part: part, detail: "declares \(size) bytes, more than the file's sectors hold")
            }
        }
        var data: [UInt8] = []
        data.reserveCapacity(size ?? sectorSize)
        var next = start
        // One flag per sector: a chain that comes back to a sector loops, found on its first repeat.
        var visited = [Bool](repeating: false, count: fat.count)
        while next != Self.endOfChain {
            if let size, data.count >= size { break }
            guard Int(next) < fat.count, !visited[Int(next)] else {
                let detail = Int(next) < fat.count ? "the sector chain loops at sector \(next)" : "the chain points at sector \(next), outside the FAT"
                throw XLSXError.corruptArchive(file: fileName, part: part, detail: detail)
            }
            visited[Int(next)] = true
            data.append(contentsOf: try sector(next, part: part))
            guard data.count <= limits.maxEntrySize else {
                throw XLSXError.limitExceeded(file: fileName, part: part, limit: "more than the \(limits.maxEntrySize) bytes allowed per part")
            }
            next = fat[Int(next)]
        }
        if let size {
            guard data.count >= size else {
                throw XLSXError.corruptArchive(file: fileName, part: part, detail: "the chain holds \(data.count) of the \(size) bytes declared")
            }
            data.removeLast(data.count - size)
        }
        return data
    }

    private func readMiniChain(from start: UInt32, size: Int, part: String) throws -> [UInt8] {
        guard size <= miniFAT.count * Self.miniSectorSize else {
            throw XLSXError.corruptArchive(file: fileName, part: "\(part) stream", detail: "declares \(size) bytes, more than the mini stream holds")
        }
        var data: [UInt8] = []
        data.reserveCapacity(size)
        var next = start
        var steps = 0
        // A chain longer than the bytes it must hold has looped; the size check above bounds it.
        let maxSteps = (size + Self.miniSectorSize - 1) / Self.miniSectorSize
        while data.count < size {
            steps += 1
            let offset = Int(next) &* Self.miniSectorSize
            guard next != Self.endOfChain, Int(next) < miniFAT.count, steps <= maxSteps, offset < miniStream.count else {
                throw XLSXError.corruptArchive(
                    file: fileName, part: "\(part) stream",
                    detail: "the mini chain ends after \(data.count) of \(size) bytes")
            }
            data.append(contentsOf: miniStream[offset..<min(offset + Self.miniSectorSize, miniStream.count)])
            next = miniFAT[Int(next)]
        }
        data.removeLast(data.count - size)
        return data
    }

    static func words<Bytes: Collection>(_ bytes: Bytes) -> [UInt32] where Bytes.Element == UInt8, Bytes.Index == Int {
        var words: [UInt32] = []
        words.reserveCapacity(bytes.count / 4)
        var index = bytes.startIndex
        while index + 4 <= bytes.endIndex {
            words.append(UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
            index += 4
        }
        return words
    }
}
