import Foundation
@testable import XLSX

/// Builds small `.xls` files byte by byte for tests: a BIFF8 record stream and the
/// version 3 compound file around it, with hooks to break either on purpose.
enum LegacyFixtureBuilder {
    /// One BIFF record.
    static func record(_ type: UInt16, _ data: [UInt8]) -> [UInt8] {
        le16(type) + le16(UInt16(data.count)) + data
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) } }
    static func le64(_ value: Double) -> [UInt8] { (0..<8).map { UInt8((value.bitPattern >> (8 * UInt64($0))) & 0xFF) } }

    /// A BIFF8 string with a 16-bit count, compressed (8-bit) when every character is Latin-1.
    static func unicodeString(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        if units.allSatisfy({ $0 < 0x100 }) { return le16(UInt16(units.count)) + [0] + units.map { UInt8($0) } }
        return le16(UInt16(units.count)) + [1] + units.flatMap { le16($0) }
    }

    /// A BIFF8 workbook stream: one worksheet "Data" whose records are `cells`, shared
    /// strings `strings` (declared count `declaredStrings`, default their number) and
    /// one date format on XF 16 (`yyyy-mm-dd`), with `extraGlobals` before the sheet list.
    static func workbookStream(
        strings: [String] = [], declaredStrings: UInt32? = nil, cells: [[UInt8]],
        extraGlobals: [[UInt8]] = [], sheetName: String = "Data"
    ) -> [UInt8] {
        let bof = { (kind: UInt16) in record(0x0809, le16(0x0600) + le16(kind) + [UInt8](repeating: 0, count: 12)) }
        var sst = le32(UInt32(strings.count)) + le32(declaredStrings ?? UInt32(strings.count))
        for string in strings { sst += unicodeString(string) }
        var xfs: [[UInt8]] = []
        // XF 16: a date; 17: the built-in percent 0.00% (id 10); 18: a count with its unit (#,##0"件").
        let formatOfXF: [UInt16] = Array(repeating: 0, count: 16) + [164, 10, 165]
        for id in formatOfXF { xfs.append(record(0x00E0, le16(0) + le16(id) + [UInt8](repeating: 0, count: 16))) }
        let format = record(0x041E, le16(164) + unicodeString("yyyy-mm-dd")) + record(0x041E, le16(165) + unicodeString("#,##0\"件\""))
        let nameBytes = [UInt8(sheetName.utf16.count), 0] + sheetName.utf8
        func globals(sheetOffset: UInt32) -> [UInt8] {
            var bytes = bof(0x0005)
            for extra in extraGlobals { bytes += extra }
            bytes += record(0x0042, le16(1200)) + format + xfs.flatMap { $0 }
            bytes += record(0x0085, le32(sheetOffset) + [0, 0] + nameBytes)
            bytes += record(0x00FC, sst) + record(0x000A, [])
            return bytes
        }
        let head = globals(sheetOffset: 0)
        return globals(sheetOffset: UInt32(head.count)) + bof(0x0010) + cells.flatMap { $0 } + record(0x000A, [])
    }

    /// A version 3 compound file (512-byte sectors) holding `stream` as its `Workbook`
    /// stream in regular sectors (padded past the 4,096-byte mini-stream cutoff).
    /// `patchFAT` may rewrite the FAT entries (index = sector number) before writing.
    static func compoundFile(
        _ stream: [UInt8], streamName: String = "Workbook",
        patchFAT: (inout [UInt32]) -> Void = { _ in }
    ) -> Data {
        var payload = stream
        if payload.count < 4096 { payload += [UInt8](repeating: 0, count: 4096 - payload.count) }
        let streamSectors = (payload.count + 511) / 512
        payload += [UInt8](repeating: 0, count: streamSectors * 512 - payload.count)
        // Sector 0: FAT; sector 1: directory; sectors 2…: the stream.
        var fat: [UInt32] = [0xFFFF_FFFD, 0xFFFF_FFFE]
        for sector in 0..<streamSectors { fat.append(sector == streamSectors - 1 ? 0xFFFF_FFFE : UInt32(sector + 3)) }
        fat += [UInt32](repeating: 0xFFFF_FFFF, count: 128 - fat.count)
        patchFAT(&fat)
        var header = ZipArchive.ole2Signature + [UInt8](repeating: 0, count: 16)
        header += le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) + [UInt8](repeating: 0, count: 6)
        header += le32(0) + le32(1) + le32(1) + le32(0) + le32(4096) + le32(0xFFFF_FFFE) + le32(0) + le32(0xFFFF_FFFE) + le32(0)
        header += le32(0) + [UInt8](repeating: 0xFF, count: 108 * 4)
        func entry(_ name: String, type: UInt8, child: UInt32, start: UInt32, size: UInt32) -> [UInt8] {
            let units = Array(name.utf16) + [0]
            var bytes = units.flatMap { le16($0) }
            bytes += [UInt8](repeating: 0, count: 64 - bytes.count)
            bytes += le16(UInt16(units.count * 2)) + [type, 1] + le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) + le32(child)
            bytes += [UInt8](repeating: 0, count: 36) + le32(start) + le32(size) + le32(0)
            return bytes
        }
        var directory = entry("Root Entry", type: 5, child: 1, start: 0xFFFF_FFFE, size: 0)
        directory += entry(streamName, type: 2, child: 0xFFFF_FFFF, start: 2, size: UInt32(max(stream.count, 4096)))
        directory += [UInt8](repeating: 0, count: 256)
        return Data(header + fat.flatMap { le32($0) } + directory + payload)
    }
}
