/// What the workbook globals substream says ([MS-XLS] 2.1.7.20): the sheets and where
/// their substreams start, the date system, the code page, the shared strings and, for
/// each cell format (XF), whether numbers in it are dates.
struct BIFFGlobals {
    /// A BOUNDSHEET record.
    struct SheetEntry {
        var name: String
        var state: SheetInfo.State
        var kind: SheetInfo.Kind
        /// Stream offset of the sheet's BOF record.
        var offset: Int
    }

    var text: BIFFText
    var sheets: [SheetEntry] = []
    var date1904 = false
    var sharedStrings: [String] = []
    var styles = CellStyles.none

    enum RecordType {
        static let bof: UInt16 = 0x0809
        static let eof: UInt16 = 0x000A
        static let boundSheet: UInt16 = 0x0085
        static let codePage: UInt16 = 0x0042
        static let dateMode: UInt16 = 0x0022
        static let filePass: UInt16 = 0x002F
        static let sst: UInt16 = 0x00FC
        static let format: UInt16 = 0x041E
        static let xf: UInt16 = 0x00E0
    }

    /// Reads the globals from the start of the stream.
    init(stream: [UInt8], fileName: String, limits: ReadLimits) throws {
        var reader = BIFFRecordReader(stream: stream, fileName: fileName)
        guard let bof = try reader.next(gathering: []), bof.type == RecordType.bof, let version = stream.u16(bof.data, 0) else {
            throw XLSXError.corruptArchive(file: fileName, part: "Workbook stream", detail: "the stream does not start with a BOF record")
        }
        switch version {
        case 0x0600: text = BIFFText(biff8: true)
        case 0x0500: text = BIFFText(biff8: false)
        default:
            throw XLSXError.unsupportedFormat(
                file: fileName, format: "a BIFF version 0x\(String(version, radix: 16)) workbook stream (only BIFF5 and BIFF8 are read)")
        }
        var customCodes: [Int: String] = [:]
        var formatOfXF: [Int] = []
        var sstRecord: BIFFRecord?
        while let record = try reader.next(gathering: [RecordType.sst, RecordType.format]) {
            let data = record.data
            switch record.type {
            case RecordType.eof:
                sharedStrings = try sstRecord.map { try BIFFSharedStrings.read($0, stream: stream, text: text, limits: limits, fileName: fileName) } ?? []
                styles = CellStyles(formatOfStyle: formatOfXF, customCodes: customCodes)
                return
            case RecordType.filePass:
                throw XLSXError.encryptedWorkbook(
                    file: fileName, format: text.biff8 ? "Excel 97–2003 (.xls)" : "Excel 5.0/95 (.xls)",
                    method: Self.encryptionMethod(stream, data, biff8: text.biff8))
            case RecordType.codePage:
                if let codePage = stream.u16(data, 0) { text.codePage = Int(codePage) }
            case RecordType.dateMode:
                date1904 = stream.u16(data, 0) == 1
            case RecordType.boundSheet:
                guard sheets.count < limits.maxSheets else {
                    throw XLSXError.limitExceeded(file: fileName, part: "Workbook stream", limit: "more than the \(limits.maxSheets) sheets allowed")
                }
                sheets.append(try Self.sheetEntry(record, stream: stream, text: text, fileName: fileName))
            case RecordType.sst:
                sstRecord = record
            case RecordType.format:
                guard let id = stream.u16(data, 0) else { continue }
                var cursor = BIFFCursor(stream: stream, fragments: record.fragments, offset: 2)
                if let code = text.string(&cursor, shortCount: !text.biff8) {
                    // A FORMAT record overrides the built-in meaning of its id, even below 164 (Gnumeric writes 50 and 51).
                    customCodes[Int(id)] = code
                }
            case RecordType.xf:
                if let format = stream.u16(data, 2) { formatOfXF.append(Int(format)) }
            default:
                continue
            }
        }
        throw XLSXError.corruptArchive(file: fileName, part: "Workbook stream", detail: "the workbook globals end without an EOF record")
    }

    private static func sheetEntry(_ record: BIFFRecord, stream: [UInt8], text: BIFFText, fileName: String) throws -> SheetEntry {
        let data = record.data
        guard let offset = stream.u32(data, 0), let options = stream.u16(data, 4) else {
            throw XLSXError.corruptArchive(file: fileName, part: "Workbook stream", detail: "BOUNDSHEET record at byte \(record.offset) is too short")
        }
        var cursor = BIFFCursor(stream: stream, fragments: [data], offset: 6)
        let name = text.string(&cursor, shortCount: true) ?? ""
        let state: SheetInfo.State
        switch options & 0x03 {
        case 0: state = .visible
        case 1: state = .hidden
        default: state = .veryHidden
        }
        let kind: SheetInfo.Kind
        switch options >> 8 {
        case 0: kind = .worksheet
        case 1: kind = .macrosheet
        case 2: kind = .chartsheet
        default: kind = .unknown // a Visual Basic module: no cells
        }
        return SheetEntry(name: name, state: state, kind: kind, offset: Int(offset))
    }

    /// How a FILEPASS record says the stream is protected ([MS-XLS] 2.4.117).
    private static func encryptionMethod(_ stream: [UInt8], _ data: Range<Int>, biff8: Bool) -> String {
        guard biff8, let type = stream.u16(data, 0) else { return "XOR obfuscation" }
        guard type == 1 else { return "XOR obfuscation" }
        return stream.u16(data, 2) == 1 ? "RC4" : "RC4 CryptoAPI"
    }
}
