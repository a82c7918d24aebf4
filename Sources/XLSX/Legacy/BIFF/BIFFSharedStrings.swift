/// The shared string table (SST record and its CONTINUE records, [MS-XLS] 2.4.265).
///
/// The unique count in the header is only a hint (Excel-compatible writers get it wrong:
/// 7,668 claimed, 892 present): strings are read to the end of the data. A count above
/// ``ReadLimits/maxSharedStrings`` is refused before anything is reserved. Rich-text runs
/// and phonetic (furigana) blocks are skipped wherever they fall, not shown.
enum BIFFSharedStrings {
    static func read(_ record: BIFFRecord, stream: [UInt8], text: BIFFText, limits: ReadLimits, fileName: String) throws -> [String] {
        var cursor = BIFFCursor(stream: stream, fragments: record.fragments)
        guard let _ = cursor.u32(), let declared = cursor.u32() else { return [] }
        guard Int(declared) <= limits.maxSharedStrings else {
            throw XLSXError.limitExceeded(
                file: fileName, part: "Workbook stream SST",
                limit: "declares \(declared) shared strings, more than the \(limits.maxSharedStrings) allowed")
        }
        // Each string takes at least 3 bytes, so the data bounds what is reserved, whatever the header says.
        let bytes = record.fragments.reduce(0) { $0 + $1.count }
        var strings: [String] = []
        strings.reserveCapacity(min(Int(declared), bytes / 3))
        while !cursor.atEnd {
            guard strings.count < limits.maxSharedStrings else {
                throw XLSXError.limitExceeded(
                    file: fileName, part: "Workbook stream SST",
                    limit: "more than the \(limits.maxSharedStrings) shared strings allowed")
            }
            guard let string = readString(&cursor, text: text) else {
                throw XLSXError.corruptArchive(
                    file: fileName, part: "Workbook stream SST",
                    detail: "shared string \(strings.count) ends before its characters do")
            }
            strings.append(string)
        }
        return strings
    }

    /// One `XLUnicodeRichExtendedString`: count, flags, optional run count and phonetic size, characters, then the skipped extras.
    private static func readString(_ cursor: inout BIFFCursor, text: BIFFText) -> String? {
        guard text.biff8 else {
            guard let count = cursor.u16(), let bytes = cursor.bytes(Int(count)) else { return nil }
            return text.decode(bytes)
        }
        guard let count = cursor.u16(), let flags = cursor.byte() else { return nil }
        let runs = flags & 0x08 != 0 ? cursor.u16().map(Int.init) : 0
        let phonetic = flags & 0x04 != 0 ? cursor.u32().map(Int.init) : 0
        guard let runs, let phonetic, let units = cursor.characters(Int(count), wide: flags & 0x01 != 0),
            cursor.skip(runs * 4), cursor.skip(phonetic)
        else { return nil }
        return String(decoding: units, as: UTF16.self)
    }
}
