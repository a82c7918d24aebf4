import CZlib
import Foundation

/// Builds ZIP archives byte by byte for hostile-input tests, including the broken ones
/// no ordinary writer makes: wrong CRCs, lying sizes, encryption flags, cut-off files.
struct HostileZip {
    /// One archive entry and the ways it may lie.
    struct Entry {
        var name: String
        var contents: [UInt8]
        var deflate = true
        /// General-purpose flags; bit 0 marks the entry encrypted.
        var flags: UInt16 = 0
        /// A CRC-32 to write instead of the real one.
        var crcOverride: UInt32?
        /// An uncompressed size to declare instead of the real one.
        var declaredSize: Int?
    }

    var entries: [Entry] = []

    /// Adds a deflated text entry.
    mutating func add(_ name: String, _ text: String) {
        entries.append(Entry(name: name, contents: Array(text.utf8)))
    }

    /// The archive's bytes: local headers and data, central directory, end record.
    func build() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let data = entry.deflate ? Self.rawDeflate(entry.contents) : entry.contents
            let crc = entry.crcOverride ?? Self.crc32(entry.contents)
            let size = UInt32(truncatingIfNeeded: entry.declaredSize ?? entry.contents.count)
            let name = Array(entry.name.utf8)
            let method: UInt16 = entry.deflate ? 8 : 0
            let offset = UInt32(out.count)
            out +=
                Self.le32(0x0403_4B50) + Self.le16(20) + Self.le16(entry.flags) + Self.le16(method)
                + Self.le16(0) + Self.le16(0x21) + Self.le32(crc) + Self.le32(UInt32(data.count)) + Self.le32(size)
                + Self.le16(UInt16(name.count)) + Self.le16(0) + name + data
            central +=
                Self.le32(0x0201_4B50) + Self.le16(20) + Self.le16(20) + Self.le16(entry.flags) + Self.le16(method)
                + Self.le16(0) + Self.le16(0x21) + Self.le32(crc) + Self.le32(UInt32(data.count)) + Self.le32(size)
                + Self.le16(UInt16(name.count)) + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le16(0)
                + Self.le32(0) + Self.le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out +=
            Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(UInt16(entries.count))
            + Self.le16(UInt16(entries.count)) + Self.le32(UInt32(central.count)) + Self.le32(centralOffset) + Self.le16(0)
        return out
    }

    /// A minimal workbook: one sheet named `sheetName` with the given `<sheetData>` body (or whole
    /// sheet XML when `sheetXML` is set), and a shared-string part when `sharedStrings` is given.
    static func workbook(
        sheetData: String = "", sheetXML: String? = nil, sharedStrings: String? = nil,
        styles: String? = nil, sheetName: String = "調査票", extraSheets: Int = 0
    ) -> HostileZip {
        var zip = HostileZip()
        zip.add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>
            """)
        zip.add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        let sheets = (0...extraSheets).map { index in
            "<sheet name=\"\(index == 0 ? sheetName : "S\(index)")\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        zip.add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheets)</sheets></workbook>
            """)
        var relationships = (0...extraSheets).map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        }.joined()
        if sharedStrings != nil {
            relationships +=
                "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        if styles != nil {
            relationships +=
                "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        }
        zip.add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """)
        zip.add(
            "xl/worksheets/sheet1.xml",
            sheetXML ?? """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetData>\(sheetData)</sheetData></worksheet>
                """)
        if let styles {
            zip.add("xl/styles.xml", #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + styles + "</styleSheet>")
        }
        if let sharedStrings {
            zip.add(
                "xl/sharedStrings.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(sharedStrings)</sst>
                """)
        }
        return zip
    }

    /// The index of the entry named `name`.
    func index(of name: String) -> Int? { entries.firstIndex { $0.name == name } }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        UInt32(truncatingIfNeeded: bytes.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, UInt32($0.count)) })
    }

    /// Raw deflate (no zlib header), as ZIP stores it.
    static func rawDeflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY,
                zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        var input = bytes
        let produced: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
