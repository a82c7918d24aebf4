import Foundation

/// How a workbook stream spells text: BIFF8 stores Unicode (8-bit "compressed" Latin-1
/// or UTF-16LE, chosen per string); BIFF5 stores bytes in the CODEPAGE record's code page.
struct BIFFText {
    /// Whether the stream is BIFF8 (Excel 97 and later).
    var biff8: Bool
    /// The code page of BIFF5 byte strings (CODEPAGE record; 1252 when there is none).
    var codePage: Int = 1252

    /// The characters of a string read from `cursor`, whose header (`cch` and, for BIFF8,
    /// the flags byte) the caller has read or asks this to read.
    ///
    /// `XLUnicodeString` (LABEL, FORMAT, STRING: 16-bit count) and `ShortXLUnicodeString`
    /// (BOUNDSHEET8: 8-bit count). BIFF5 strings have no flags byte.
    func string(_ cursor: inout BIFFCursor, shortCount: Bool) -> String? {
        let count: Int
        if shortCount {
            guard let byte = cursor.byte() else { return nil }
            count = Int(byte)
        } else {
            guard let word = cursor.u16() else { return nil }
            count = Int(word)
        }
        guard biff8 else { return cursor.bytes(count).map(decode) }
        guard let flags = cursor.byte(), let units = cursor.characters(count, wide: flags & 0x01 != 0) else { return nil }
        return String(decoding: units, as: UTF16.self)
    }

    /// Code-page bytes as text; bytes the code page cannot map come out as U+FFFD, never dropped.
    func decode(_ bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let encoding = Self.encoding(ofCodePage: codePage), let text = String(bytes: bytes, encoding: encoding) { return text }
        // Latin-1 keeps every byte visible (as calamine and xlrd fall back to).
        return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }

    /// Foundation's encoding for a Windows or Mac code page number, or nil when it has none.
    static func encoding(ofCodePage codePage: Int) -> String.Encoding? {
        switch codePage {
        case 932: return .shiftJIS
        case 1250: return .windowsCP1250
        case 1251: return .windowsCP1251
        case 1252, 367, 437, 850, 0: return .windowsCP1252
        case 1253: return .windowsCP1253
        case 1254: return .windowsCP1254
        case 1200: return .utf16LittleEndian
        case 65001: return .utf8
        // Core Foundation encodings: 0x8000_0000 | kCFStringEncoding…
        case 10000, 32768: return String.Encoding(rawValue: 0x8000_0000)
        case 10029: return String.Encoding(rawValue: 0x8000_001D)
        case 936: return String.Encoding(rawValue: 0x8000_0421)
        case 949: return String.Encoding(rawValue: 0x8000_0422)
        case 950: return String.Encoding(rawValue: 0x8000_0423)
        case 1255: return String.Encoding(rawValue: 0x8000_0505)
        case 1256: return String.Encoding(rawValue: 0x8000_0506)
        case 1257: return String.Encoding(rawValue: 0x8000_0507)
        case 1258: return String.Encoding(rawValue: 0x8000_0508)
        case 874: return String.Encoding(rawValue: 0x8000_041D)
        default: return nil
        }
    }
}
