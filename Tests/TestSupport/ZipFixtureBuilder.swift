import CZlib
import Foundation

/// Builds ZIP archives byte by byte for tests, including the odd and hostile ones
/// real producers and attackers write: data descriptors, ZIP64 records, comments,
/// wrong CRCs, sizes that lie, encryption flags, unknown methods. The one ZIP builder of the
/// tests: the reader's suites use it directly, the command line's hostile-input suites as `HostileZip`.
public struct ZipFixtureBuilder {
    /// One entry and the ways it may deviate from a well-formed archive.
    public struct Entry {
        /// The name in the central directory.
        public var name: String
        /// The uncompressed bytes.
        public var contents: [UInt8]
        /// Whether the data is deflated (method 8) or stored.
        public var deflate = true
        /// Whether sizes and CRC follow the data in a descriptor.
        public var dataDescriptor = false
        /// Whether the sizes are in a ZIP64 extra field.
        public var zip64 = false
        /// General-purpose flag bit 0: encrypted.
        public var encrypted = false
        /// A compression method to declare instead of the real one.
        public var method: UInt16?
        /// Flip these bits of the CRC in both headers.
        public var crcXor: UInt32 = 0
        /// An uncompressed size to declare instead of the real one.
        public var declaredSize: Int?
        /// A name for the local header other than the central directory's.
        public var localName: String?
        /// Flip these bits of the CRC in the local header only.
        public var localCRCXor: UInt32 = 0
        /// The index of an earlier entry whose local header this entry's central record points at
        /// (its own data is still written, but nothing points at it): entries sharing bytes.
        public var sharesDataOf: Int?

        /// An entry; every deviation off unless given.
        public init(
            name: String, contents: [UInt8], deflate: Bool = true, dataDescriptor: Bool = false, zip64: Bool = false,
            encrypted: Bool = false, method: UInt16? = nil, crcXor: UInt32 = 0, declaredSize: Int? = nil,
            localName: String? = nil, localCRCXor: UInt32 = 0, sharesDataOf: Int? = nil
        ) {
            self.name = name
            self.contents = contents
            self.deflate = deflate
            self.dataDescriptor = dataDescriptor
            self.zip64 = zip64
            self.encrypted = encrypted
            self.method = method
            self.crcXor = crcXor
            self.declaredSize = declaredSize
            self.localName = localName
            self.localCRCXor = localCRCXor
            self.sharesDataOf = sharesDataOf
        }
    }

    /// The entries, in archive order.
    public var entries: [Entry] = []
    /// The archive comment.
    public var comment = ""
    /// Whether a ZIP64 end record is written (and the classic one's counts set to 0xFFFF).
    public var zip64EndRecord = false
    /// zlib's level for deflated entries (the hostile-input suites use 9, so bombs reach their ratio).
    public var compressionLevel: Int32 = 6

    /// An empty archive.
    public init() {}

    /// Adds a text entry, deflated unless `deflate` is false.
    public mutating func add(_ name: String, _ text: String, deflate: Bool = true) {
        entries.append(Entry(name: name, contents: Array(text.utf8), deflate: deflate))
    }

    /// The index of the entry named `name`.
    public func index(of name: String) -> Int? { entries.firstIndex { $0.name == name } }

    /// The archive's bytes, as an array.
    public var bytes: [UInt8] { Array(build()) }

    /// Raw deflate (no zlib header), as ZIP stores it.
    public static func rawDeflate(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        var input = input
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// The CRC-32 of `bytes`.
    public static func crc(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
    }

    /// The archive: local headers and data, central directory, end records.
    public func build() -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ buffer: inout [UInt8]) { buffer += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func u32(_ v: UInt32, _ buffer: inout [UInt8]) { for i in 0..<4 { buffer.append(UInt8((v >> (8 * UInt32(i))) & 0xFF)) } }
        func u64(_ v: UInt64, _ buffer: inout [UInt8]) { for i in 0..<8 { buffer.append(UInt8((v >> (8 * UInt64(i))) & 0xFF)) } }
        var offsets: [Int] = []
        for entry in entries {
            let data = entry.deflate ? Self.rawDeflate(entry.contents, level: compressionLevel) : entry.contents
            let method = entry.method ?? (entry.deflate ? 8 : 0)
            let crc = Self.crc(entry.contents) ^ entry.crcXor
            let size = entry.declaredSize ?? entry.contents.count
            var flags = entry.dataDescriptor ? 0x0008 : 0
            if entry.encrypted { flags |= 1 }
            let name = Array(entry.name.utf8)
            let localName = Array((entry.localName ?? entry.name).utf8)
            let offset = entry.sharesDataOf.map { offsets[$0] } ?? out.count
            offsets.append(offset)
            var extra: [UInt8] = []
            if entry.zip64 {
                u16(1, &extra); u16(24, &extra)
                u64(UInt64(size), &extra); u64(UInt64(data.count), &extra); u64(UInt64(offset), &extra)
            }
            // Local header: sizes and CRC zero when a data descriptor follows.
            u32(0x0403_4B50, &out); u16(20, &out); u16(flags, &out); u16(Int(method), &out); u16(0, &out); u16(0x21, &out)
            u32(entry.dataDescriptor ? 0 : crc ^ entry.localCRCXor, &out)
            u32(entry.dataDescriptor ? 0 : UInt32(data.count), &out)
            u32(entry.dataDescriptor ? 0 : UInt32(size), &out)
            u16(localName.count, &out); u16(0, &out); out += localName
            out += data
            if entry.dataDescriptor {
                u32(0x0807_4B50, &out); u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(size), &out)
            }
            u32(0x0201_4B50, &central); u16(45, &central); u16(entry.zip64 ? 45 : 20, &central); u16(flags, &central)
            u16(Int(method), &central); u16(0, &central); u16(0x21, &central); u32(crc, &central)
            u32(entry.zip64 ? 0xFFFF_FFFF : UInt32(data.count), &central)
            u32(entry.zip64 ? 0xFFFF_FFFF : UInt32(size), &central)
            u16(name.count, &central); u16(extra.count, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(entry.zip64 ? 0xFFFF_FFFF : UInt32(offset), &central)
            central += name + extra
        }
        let centralOffset = out.count
        out += central
        if zip64EndRecord {
            let zip64End = out.count
            u32(0x0606_4B50, &out); u64(44, &out); u16(45, &out); u16(45, &out); u32(0, &out); u32(0, &out)
            u64(UInt64(entries.count), &out); u64(UInt64(entries.count), &out)
            u64(UInt64(central.count), &out); u64(UInt64(centralOffset), &out)
            u32(0x0706_4B50, &out); u32(0, &out); u64(UInt64(zip64End), &out); u32(1, &out)
        }
        let commentBytes = Array(comment.utf8)
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out)
        u16(zip64EndRecord ? 0xFFFF : entries.count, &out); u16(zip64EndRecord ? 0xFFFF : entries.count, &out)
        u32(zip64EndRecord ? 0xFFFF_FFFF : UInt32(central.count), &out)
        u32(zip64EndRecord ? 0xFFFF_FFFF : UInt32(centralOffset), &out)
        u16(commentBytes.count, &out); out += commentBytes
        return Data(out)
    }
}
