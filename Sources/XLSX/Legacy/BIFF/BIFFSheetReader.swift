/// Reads one sheet substream ([MS-XLS] 2.1.7.20.5) into rows: the cell records
/// (LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, BOOLERR, FORMULA with its cached result
/// and the STRING record after it), MERGECELLS, and the hidden flags of ROW and COLINFO.
/// Number cells whose format changes what they mean (a percent, a unit) are listed with
/// their format code, as the XLSX reader lists them. BLANK/MULBLANK hold no value;
/// DIMENSION is not trusted (it can be smaller than the data). Embedded chart
/// substreams (a nested BOF…EOF) are skipped.
///
/// Cell records are not always in row order, so the sheet's cells are gathered per row
/// and sent sorted; their number is bounded by the stream's size (a cell record is at least 10 bytes).
struct BIFFSheetReader {
    let globals: BIFFGlobals
    let stream: [UInt8]
    let fileName: String
    let sheetName: String
    let limits: ReadLimits

    enum RecordType {
        static let labelSST: UInt16 = 0x00FD
        static let label: UInt16 = 0x0204
        static let richString: UInt16 = 0x00D6
        static let number: UInt16 = 0x0203
        static let rk: UInt16 = 0x027E
        static let mulRK: UInt16 = 0x00BD
        static let boolErr: UInt16 = 0x0205
        static let formula: UInt16 = 0x0006
        static let string: UInt16 = 0x0207
        static let mergeCells: UInt16 = 0x00E5
        static let row: UInt16 = 0x0208
        static let columnInfo: UInt16 = 0x007D
    }

    /// ROW's option bit for a hidden row (fDyZero, [MS-XLS] 2.4.221).
    static let rowHiddenBit: UInt8 = 0x20
    /// COLINFO's option bit for hidden columns (fHidden, [MS-XLS] 2.4.53).
    static let columnHiddenBit: UInt8 = 0x01
    /// BIFF5 and BIFF8 sheets have 256 columns, A to IV.
    static let lastColumn = 255

    /// Sends the sheet's rows in order and returns its merged ranges, hidden rows and columns and display formats.
    func read(from offset: Int, _ body: (Row) throws -> Void) throws -> Workbook.SheetLayout {
        var reader = BIFFRecordReader(stream: stream, fileName: fileName, position: offset)
        guard let bof = try reader.next(gathering: []), bof.type == BIFFGlobals.RecordType.bof else {
            throw corrupt("the sheet does not start with a BOF record (offset \(offset))")
        }
        var rows: [Int: [Cell]] = [:]
        var layout = Workbook.SheetLayout()
        var pendingString: (row: Int, column: Int)?
        var depth = 0
        let gathered: Set<UInt16> = [RecordType.label, RecordType.string, RecordType.richString]
        while let record = try reader.next(gathering: gathered) {
            let data = record.data
            func put(_ value: CellValue, row: UInt16, column: UInt16) throws {
                guard Int(row) < limits.maxRows, Int(column) < limits.maxCellsPerRow else {
                    throw XLSXError.limitExceeded(
                        file: fileName, part: "Workbook stream",
                        limit: "sheet \"\(sheetName)\" has a cell at row \(Int(row) + 1) column \(Int(column) + 1), past the limits")
                }
                rows[Int(row) + 1, default: []].append(Cell(column: Int(column), value: value))
            }
            func putNumber(_ number: Double, xf: UInt16, row: UInt16, column: UInt16) throws {
                let value = numberValue(number, xf: xf)
                try put(value, row: row, column: column)
                if case .number = value, let code = globals.styles.displayCode(ofStyle: Int(xf)) {
                    layout.numberFormats[CellReference(row: Int(row) + 1, column: Int(column))] = code
                }
            }
            if depth > 0 {
                if record.type == BIFFGlobals.RecordType.bof { depth += 1 }
                if record.type == BIFFGlobals.RecordType.eof { depth -= 1 }
                continue
            }
            switch record.type {
            case BIFFGlobals.RecordType.eof:
                try deliver(rows, body)
                return layout
            case BIFFGlobals.RecordType.bof:
                depth = 1
            case RecordType.labelSST:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2), let index = stream.u32(data, 6) else { throw short(record) }
                guard Int(index) < globals.sharedStrings.count else {
                    throw invalid(row, column, "shared string \(index) is out of range (the workbook has \(globals.sharedStrings.count))")
                }
                try put(.string(globals.sharedStrings[Int(index)]), row: row, column: column)
            case RecordType.label, RecordType.richString:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2) else { throw short(record) }
                var cursor = BIFFCursor(stream: stream, fragments: record.fragments, offset: 6)
                guard let text = globals.text.string(&cursor, shortCount: false) else { throw invalid(row, column, "the text ends early") }
                try put(.string(text), row: row, column: column)
            case RecordType.number:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2), let xf = stream.u16(data, 4),
                    let number = stream.f64(data, 6)
                else { throw short(record) }
                try putNumber(number, xf: xf, row: row, column: column)
            case RecordType.rk:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2), let xf = stream.u16(data, 4),
                    let rk = stream.u32(data, 6)
                else { throw short(record) }
                try putNumber(Self.rkNumber(rk), xf: xf, row: row, column: column)
            case RecordType.mulRK:
                guard let row = stream.u16(data, 0), let first = stream.u16(data, 2), data.count >= 6 else { throw short(record) }
                for index in 0..<((data.count - 6) / 6) {
                    guard let xf = stream.u16(data, 4 + index * 6), let rk = stream.u32(data, 6 + index * 6) else { break }
                    let (column, overflow) = first.addingReportingOverflow(UInt16(truncatingIfNeeded: index))
                    guard !overflow else { throw invalid(row, first, "MULRK runs past the last column") }
                    try putNumber(Self.rkNumber(rk), xf: xf, row: row, column: column)
                }
            case RecordType.boolErr:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2), data.count >= 8 else { throw short(record) }
                let code = stream[data.lowerBound + 6]
                try put(stream[data.lowerBound + 7] == 0 ? .bool(code != 0) : .error(Self.errorText(code)), row: row, column: column)
            case RecordType.formula:
                guard let row = stream.u16(data, 0), let column = stream.u16(data, 2), let xf = stream.u16(data, 4),
                    data.count >= 14
                else { throw short(record) }
                pendingString = nil
                let result = data.lowerBound + 6
                // A cached number is a plain double; 0xFFFF in the top two bytes marks another result type.
                guard stream[result + 6] == 0xFF, stream[result + 7] == 0xFF else {
                    if let number = stream.f64(data, 6) { try putNumber(number, xf: xf, row: row, column: column) }
                    continue
                }
                switch stream[result] {
                case 0: pendingString = (Int(row), Int(column)) // the text is in the STRING record that follows
                case 1: try put(.bool(stream[result + 2] != 0), row: row, column: column)
                case 2: try put(.error(Self.errorText(stream[result + 2])), row: row, column: column)
                case 3: try put(.string(""), row: row, column: column)
                default: throw invalid(row, column, "formula result type \(stream[result]) is unknown")
                }
            case RecordType.string:
                guard let (row, column) = pendingString else { continue }
                pendingString = nil
                var cursor = BIFFCursor(stream: stream, fragments: record.fragments)
                guard let text = globals.text.string(&cursor, shortCount: false) else {
                    throw invalid(UInt16(row), UInt16(column), "the formula's text result ends early")
                }
                try put(.string(text), row: UInt16(row), column: UInt16(column))
            case RecordType.mergeCells:
                guard let count = stream.u16(data, 0) else { continue }
                for index in 0..<Int(count) {
                    guard let firstRow = stream.u16(data, 2 + index * 8), let lastRow = stream.u16(data, 4 + index * 8),
                        let firstColumn = stream.u16(data, 6 + index * 8), let lastColumn = stream.u16(data, 8 + index * 8)
                    else { break }
                    layout.mergedRanges.append(
                        CellRange(
                            CellReference(row: Int(firstRow) + 1, column: Int(firstColumn)),
                            CellReference(row: Int(lastRow) + 1, column: Int(lastColumn))))
                }
            case RecordType.row:
                guard let row = stream.u16(data, 0), data.count >= 13 else { throw short(record) }
                if stream[data.lowerBound + 12] & Self.rowHiddenBit != 0, Int(row) < limits.maxRows { layout.hiddenRows.insert(Int(row) + 1) }
            case RecordType.columnInfo:
                guard let first = stream.u16(data, 0), let last = stream.u16(data, 2), data.count >= 9 else { throw short(record) }
                // Excel writes colLast 256 (one past BIFF's last column, IV) for "to the end": clipped, never trusted.
                let lastColumn = min(Int(last), Self.lastColumn, limits.maxCellsPerRow - 1)
                guard stream[data.lowerBound + 8] & Self.columnHiddenBit != 0, Int(first) <= lastColumn else { continue }
                guard layout.hiddenColumns.count < limits.maxCellsPerRow else {
                    throw XLSXError.limitExceeded(
                        file: fileName, part: "Workbook stream",
                        limit: "sheet \"\(sheetName)\" has more than \(limits.maxCellsPerRow) hidden column ranges")
                }
                layout.hiddenColumns.append(Int(first)...lastColumn)
            case BIFFGlobals.RecordType.filePass:
                throw XLSXError.encryptedWorkbook(file: fileName, format: "Excel (.xls)", method: "FILEPASS in sheet \"\(sheetName)\"")
            default:
                continue
            }
        }
        throw corrupt("sheet \"\(sheetName)\" ends without an EOF record")
    }

    /// Sends the gathered rows in order, each row's cells sorted by column (a later record for a cell wins).
    private func deliver(_ rows: [Int: [Cell]], _ body: (Row) throws -> Void) throws {
        for number in rows.keys.sorted() {
            guard var cells = rows[number] else { continue }
            cells = cells.enumerated().sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }.map(\.element)
            var unique: [Cell] = []
            unique.reserveCapacity(cells.count)
            for cell in cells {
                if unique.last?.column == cell.column { unique[unique.count - 1] = cell } else { unique.append(cell) }
            }
            try body(Row(number: number, cells: unique))
        }
    }

    /// A number as its cell format shows it: a date, a duration or a plain number (as the XLSX reader decides).
    private func numberValue(_ number: Double, xf: UInt16) -> CellValue {
        switch globals.styles.kind(ofStyle: Int(xf)) {
        case .number: return .number(number)
        case .date:
            return number >= 0 && number < SheetParser.serialLimit ? .date(SheetParser.date(serial: number, date1904: globals.date1904)) : .number(number)
        case .duration: return abs(number) < SheetParser.serialLimit ? .duration(number) : .number(number)
        }
    }

    /// An RK number ([MS-XLS] 2.5.218): a 30-bit integer or the high 30 bits of a double, optionally divided by 100.
    static func rkNumber(_ rk: UInt32) -> Double {
        let value: Double
        if rk & 0x02 != 0 {
            value = Double(Int32(bitPattern: rk) >> 2)
        } else {
            value = Double(bitPattern: UInt64(rk & 0xFFFF_FFFC) << 32)
        }
        return rk & 0x01 != 0 ? value / 100 : value
    }

    /// The text of a BIFF error code ([MS-XLS] 2.5.97.2).
    static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        case 0x2B: return "#GETTING_DATA"
        default: return "#ERR\(code)!"
        }
    }

    private func corrupt(_ detail: String) -> XLSXError {
        XLSXError.corruptArchive(file: fileName, part: "Workbook stream", detail: detail)
    }

    private func short(_ record: BIFFRecord) -> XLSXError {
        corrupt("record 0x\(String(record.type, radix: 16)) at byte \(record.offset) in sheet \"\(sheetName)\" is too short")
    }

    private func invalid(_ row: UInt16, _ column: UInt16, _ detail: String) -> XLSXError {
        XLSXError.invalidCell(
            file: fileName, part: "Workbook stream", cell: "\(sheetName)!\(CellReference(row: Int(row) + 1, column: Int(column)))", detail: detail)
    }
}
