import Foundation

/// The inflated size of a workbook's sheet XML, read from the ZIP central directory,
/// so throughput can be given in MB of sheet XML per second.
enum SheetXMLSize {
    /// The sum of the uncompressed sizes of `xl/worksheets/*.xml` entries; 0 if the archive cannot be read.
    static func of(_ url: URL) -> Int {
        guard let data = try? Data(contentsOf: url), data.count >= 22 else { return 0 }
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var end = bytes.count - 22
        while end >= 0 && !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) { end -= 1 }
        guard end >= 0 else { return 0 }
        var at = u32(end + 16)
        var total = 0
        for _ in 0..<u16(end + 10) {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { break }
            let nameLength = u16(at + 28)
            let name = String(decoding: bytes[(at + 46)..<min(bytes.count, at + 46 + nameLength)], as: UTF8.self)
            if name.hasPrefix("xl/worksheets/") && name.hasSuffix(".xml") { total += u32(at + 24) }
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        return total
    }
}
