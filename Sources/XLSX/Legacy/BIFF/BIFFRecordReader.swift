/// One BIFF record: its type and where its data lies in the workbook stream, with the
/// data of the `CONTINUE` records that carry the rest of it (strings split across
/// records restart with a flags byte, so the pieces are kept apart).
struct BIFFRecord {
    var type: UInt16
    /// Byte offset of the record header in the stream (for messages).
    var offset: Int
    /// The record's own data, then each `CONTINUE` record's data.
    var fragments: [Range<Int>]

    /// The record's own data.
    var data: Range<Int> { fragments[0] }
}

/// Walks the records of a BIFF5/BIFF8 workbook stream ([MS-XLS] 2.1.4): a 2-byte type,
/// a 2-byte length, then the data. A record running past the end of the stream is an error.
struct BIFFRecordReader {
    static let continueRecord: UInt16 = 0x003C

    let stream: [UInt8]
    let fileName: String
    /// Where the next record starts.
    var position: Int

    init(stream: [UInt8], fileName: String, position: Int = 0) {
        self.stream = stream
        self.fileName = fileName
        self.position = position
    }

    /// The next record, or nil at the end of the stream. `CONTINUE` records after a record
    /// whose type is in `continued` are gathered into it; others' are returned as records.
    mutating func next(gathering continued: Set<UInt16>) throws -> BIFFRecord? {
        guard let (type, data) = try header(at: position) else { return nil }
        var record = BIFFRecord(type: type, offset: position, fragments: [data])
        position = data.upperBound
        if continued.contains(type) {
            while let (nextType, nextData) = try header(at: position), nextType == Self.continueRecord {
                record.fragments.append(nextData)
                position = nextData.upperBound
            }
        }
        return record
    }

    private func header(at offset: Int) throws -> (UInt16, Range<Int>)? {
        guard offset + 4 <= stream.count else { return nil }
        let type = UInt16(stream[offset]) | UInt16(stream[offset + 1]) << 8
        let length = Int(stream[offset + 2]) | Int(stream[offset + 3]) << 8
        guard offset + 4 + length <= stream.count else {
            throw XLSXError.corruptArchive(
                file: fileName, part: "Workbook stream",
                detail: "record 0x\(String(type, radix: 16)) at byte \(offset) runs past the end of the stream")
        }
        return (type, (offset + 4)..<(offset + 4 + length))
    }
}

extension Array where Element == UInt8 {
    /// The little-endian 16-bit value at `offset` of `range`, or nil when the record is too short.
    @inline(__always) func u16(_ range: Range<Int>, _ offset: Int) -> UInt16? {
        let at = range.lowerBound + offset
        guard offset >= 0, at + 2 <= range.upperBound else { return nil }
        return UInt16(self[at]) | UInt16(self[at + 1]) << 8
    }

    /// The little-endian 32-bit value at `offset` of `range`, or nil when the record is too short.
    @inline(__always) func u32(_ range: Range<Int>, _ offset: Int) -> UInt32? {
        guard let low = u16(range, offset), let high = u16(range, offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// The little-endian IEEE 754 double at `offset` of `range`, or nil when the record is too short.
    @inline(__always) func f64(_ range: Range<Int>, _ offset: Int) -> Double? {
        guard let low = u32(range, offset), let high = u32(range, offset + 4) else { return nil }
        return Double(bitPattern: UInt64(high) << 32 | UInt64(low))
    }
}
