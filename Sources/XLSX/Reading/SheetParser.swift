/// Streams the rows of a worksheet part: one ``RawRow`` at a time to a callback,
/// holding only the current row, so memory stays flat however long the sheet is.
/// Text stays bytes until someone asks for a ``Row`` (``RawRow/row(strings:)``), so a cell
/// costs no `String` and no reference count on the way to an export.
///
/// Positions come from `r` attributes where present and follow the previous row or
/// cell where not; `<dimension>` is ignored (it is often wrong, and a hostile
/// `A1:XFD1048576` must not allocate anything). Merged ranges are collected as they
/// come after `<sheetData>`.
final class SheetParser: XMLEventHandler {
    /// The `t` attribute of a cell.
    private enum CellType: UInt8 {
        case number, shared, inline, formulaString, bool, error, date
    }

    /// Which buffer text goes to.
    private enum Target: UInt8 {
        case none, value, formula, inline
    }

    private let sharedStrings: SharedStringArena
    private let styles: CellStyles
    private let date1904: Bool
    private let limits: ReadLimits
    private let fileName: String
    private let partName: String
    private let emit: (RawRow) throws -> Void

    /// The current row: its number, cells and their text (``RawRow`` is a view of these).
    private var rowNumber = 0
    private let cells = GrowableBuffer<RawCell>(capacity: 64)
    private let rowText = TextBuffer(capacity: 1024)
    private var inRow = false
    private var rowSorted = true
    /// The `<row>` had no `r`: its first cell's reference, if it has one, gives the row number.
    private var rowNumberImplicit = false
    private var lastRowNumber = 0
    /// The number of the last row handed on: a later row must come below it.
    private var lastEmittedRow = 0
    /// The tab name of the sheet, for errors about its layout (set by the workbook).
    var sheetName = ""
    private var nextColumn = 0

    private var inCell = false
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var hasValue = false
    private var hasFormula = false
    private var hasInline = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private var target = Target.none
    private let valueText = TextBuffer()
    private let formulaText = TextBuffer()
    private let inlineText = TextBuffer()

    /// Merged ranges seen so far (all of them once parsing ends).
    private(set) var mergedRanges: [CellRange] = []
    /// Row numbers (1-based) of rows marked `hidden`.
    private(set) var hiddenRows: Set<Int> = []
    /// Zero-based column ranges that `<col hidden="1">` elements hide.
    private(set) var hiddenColumns: [ClosedRange<Int>] = []
    /// The number format code of number cells whose format is a percent or carries text (a unit).
    private(set) var numberFormats: [CellReference: String] = [:]

    /// A parser over a table of `String`s (tests and fuzzing).
    convenience init(
        sharedStrings strings: [String], styles: CellStyles, date1904: Bool, limits: ReadLimits,
        fileName: String, partName: String, emit: @escaping (Row) throws -> Void
    ) {
        let arena = SharedStringArena(strings: strings)
        self.init(
            sharedStrings: arena, styles: styles, date1904: date1904, limits: limits,
            fileName: fileName, partName: partName
        ) { raw in try emit(try raw.row(strings: arena)) }
    }

    init(
        sharedStrings: SharedStringArena, styles: CellStyles, date1904: Bool, limits: ReadLimits,
        fileName: String, partName: String, emit: @escaping (RawRow) throws -> Void
    ) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        self.limits = limits
        self.fileName = fileName
        self.partName = partName
        self.emit = emit
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        let first = name.pointer[0]
        if first == UInt8(ascii: "c") && name.pointer[1] == 0 {
            try startCell(attributes)
        } else if first == UInt8(ascii: "v") && name.pointer[1] == 0 {
            if inCell && !inInlineString {
                target = .value
                hasValue = true
                valueText.removeAll()
            }
        } else if first == UInt8(ascii: "f") && name.pointer[1] == 0 {
            if inCell {
                target = .formula
                hasFormula = true
                formulaText.removeAll()
            }
        } else if first == UInt8(ascii: "t") && name.pointer[1] == 0 {
            if inInlineString && phoneticDepth == 0 { target = .inline }
        } else if name.is("row") {
            try startRow(attributes)
        } else if name.is("is") {
            if inCell {
                inInlineString = true
                hasInline = true
                inlineText.removeAll()
            }
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("mergeCell") {
            if let ref = attributes.string("ref"), let range = CellRange(ref) { mergedRanges.append(range) }
        } else if name.is("col") {
            try noteHiddenColumns(attributes)
        }
    }

    func endElement(_ name: XMLName) throws {
        let first = name.pointer[0]
        if first == UInt8(ascii: "c") && name.pointer[1] == 0 {
            try endCell()
        } else if (first == UInt8(ascii: "v") || first == UInt8(ascii: "f") || first == UInt8(ascii: "t")) && name.pointer[1] == 0 {
            target = .none
        } else if name.is("row") {
            try endRow()
        } else if name.is("is") {
            inInlineString = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("sheetData") {
            if inRow { try endRow() }
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        switch target {
        case .none: return
        case .value: valueText.append(bytes); if valueText.count > limits.maxStringLength { try tooLong() }
        case .formula: formulaText.append(bytes); if formulaText.count > limits.maxStringLength { try tooLong() }
        case .inline: inlineText.append(bytes); if inlineText.count > limits.maxStringLength { try tooLong() }
        }
    }

    private func tooLong() throws {
        throw XLSXError.limitExceeded(
            file: fileName, part: partName,
            limit: "cell \(reference) holds more than \(limits.maxStringLength) bytes of text")
    }

    private var reference: String { CellReference(row: max(rowNumber, 1), column: cellColumn).description }

    private func startRow(_ attributes: XMLAttributes) throws {
        if inRow { try endRow() }
        let explicit = attributes.integer("r")
        rowNumberImplicit = explicit == nil
        let number = explicit ?? lastRowNumber + 1
        guard number >= 1, number <= limits.maxRows else {
            throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "row number \(number) is outside 1…\(limits.maxRows)")
        }
        rowNumber = number
        if Self.isTrue(attributes.string("hidden")) { hiddenRows.insert(number) }
        clearRow()
        rowSorted = true
        inRow = true
        nextColumn = 0
    }

    private func endRow() throws {
        guard inRow else { return }
        inRow = false
        lastRowNumber = rowNumber
        guard cells.count > 0 else { return }
        if !rowSorted {
            var sorted = cells.mutableBuffer
            sorted.sort { $0.column < $1.column }
            // Cells are placed by their references; one reference twice would make one of them vanish.
            for index in sorted.indices.dropFirst() where sorted[index].column == sorted[index - 1].column {
                throw layoutError(at: sorted[index].column, "the cell is written twice in its row (other readers would keep one or the other)")
            }
        }
        // Rows stream in file order: a row out of order, or written twice, would land in the wrong place or vanish.
        guard rowNumber > lastEmittedRow else {
            throw layoutError(
                at: cells.buffer[0].column,
                rowNumber == lastEmittedRow
                    ? "row \(rowNumber) is written twice"
                    : "row \(rowNumber) comes after row \(lastEmittedRow) (rows out of order)")
        }
        lastEmittedRow = rowNumber
        try emit(RawRow(number: rowNumber, cells: cells.buffer, text: rowText.buffer))
        clearRow()
    }

    private func startCell(_ attributes: XMLAttributes) throws {
        if !inRow {
            // A cell outside any <row>: treat it as the start of the next row.
            rowNumber = lastRowNumber + 1
            clearRow()
            inRow = true
            nextColumn = 0
        }
        // One pass over the attributes: r (position), t (type), s (style).
        var column = nextColumn
        var type = CellType.number
        var style = 0
        if let base = attributes.base {
            for index in 0..<attributes.count {
                let slot = base + index * 5
                guard let name = slot[0], let start = slot[3], let end = slot[4], name[1] == 0 else { continue }
                let value = UnsafeBufferPointer(start: start, count: end - start)
                switch name[0] {
                case UInt8(ascii: "r"):
                    guard let (parsedColumn, parsedRow) = Self.reference(value) else {
                        throw layoutError(
                            cell: String(decoding: value, as: UTF8.self),
                            "the reference is not a cell of Excel's grid (A1 to XFD1048576)")
                    }
                    if rowNumberImplicit { try adoptRowNumber(parsedRow) }
                    guard parsedRow == rowNumber else {
                        throw layoutError(
                            cell: String(decoding: value, as: UTF8.self),
                            "the cell is written inside row \(rowNumber)")
                    }
                    column = parsedColumn
                case UInt8(ascii: "t"):
                    type = Self.cellType(value)
                case UInt8(ascii: "s"):
                    style = DecimalParsing.integer(value) ?? 0
                default:
                    break
                }
            }
        }
        guard column < limits.maxCellsPerRow else {
            throw XLSXError.limitExceeded(
                file: fileName, part: partName,
                limit: "row \(rowNumber) has a cell in column \(column + 1), beyond \(limits.maxCellsPerRow)")
        }
        if cells.count > 0, cells.buffer[cells.count - 1].column >= column { rowSorted = false }
        cellColumn = column
        nextColumn = column + 1
        cellType = type
        cellStyle = style
        hasValue = false
        hasFormula = false
        hasInline = false
        inCell = true
    }

    /// Whether an XML boolean attribute is true (`1` or `true`).
    private static func isTrue(_ value: String?) -> Bool { value == "1" || value == "true" }

    /// Records the columns a `<col min max hidden>` hides, as a range (a hostile `max="16384"` costs nothing);
    /// a sheet can have at most one `<col>` per column, so more than that many is refused.
    private func noteHiddenColumns(_ attributes: XMLAttributes) throws {
        guard Self.isTrue(attributes.string("hidden")), let low = attributes.integer("min"), low >= 1 else { return }
        let high = min(attributes.integer("max") ?? low, limits.maxCellsPerRow)
        guard high >= low else { return }
        guard hiddenColumns.count < limits.maxCellsPerRow else {
            throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "more than \(limits.maxCellsPerRow) hidden column ranges")
        }
        hiddenColumns.append((low - 1)...(high - 1))
    }

    /// Takes the row number from the first cell reference of a `<row>` without `r`.
    private func adoptRowNumber(_ number: Int) throws {
        rowNumberImplicit = false
        guard cells.count == 0, number > lastRowNumber else { return }
        guard number <= limits.maxRows else {
            throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "row number \(number) is outside 1…\(limits.maxRows)")
        }
        rowNumber = number
    }

    /// The zero-based column and the row of an A1 reference (`B7`: one to three letters,
    /// then a row number without leading zeros), or nil for anything else. Columns past
    /// XFD (`XFE`…`ZZZ`) parse, so the `maxCellsPerRow` limit can name them.
    @inline(__always) static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var index = 0
        var column = 0
        while index < bytes.count, index < 4 {
            let upper = bytes[index] & 0xDF
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") && bytes[index] >= 0x40 else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            index += 1
        }
        guard index >= 1, index <= 3, index < bytes.count,
            bytes[index] != UInt8(ascii: "0"), bytes.count - index <= 7,
            let row = DecimalParsing.integer(UnsafeBufferPointer(rebasing: bytes[index...])),
            row >= 1, row <= CellReference.maxRow
        else { return nil }
        return (column - 1, row)
    }

    private func layoutError(at column: Int, _ detail: String) -> XLSXError {
        layoutError(cell: CellReference(row: rowNumber, column: column).description, detail)
    }

    private func layoutError(cell: String, _ detail: String) -> XLSXError {
        XLSXError.invalidCell(
            file: fileName, part: partName, cell: cell,
            detail: sheetName.isEmpty ? detail : "sheet \"\(sheetName)\": \(detail)")
    }

    /// The cell type of a `t` attribute value.
    @inline(__always) private static func cellType(_ value: UnsafeBufferPointer<UInt8>) -> CellType {
        guard let first = value.first else { return .number }
        switch first {
        case UInt8(ascii: "s"): return value.count == 1 ? .shared : .formulaString
        case UInt8(ascii: "i"): return .inline
        case UInt8(ascii: "b"): return .bool
        case UInt8(ascii: "e"): return .error
        case UInt8(ascii: "d"): return .date
        default: return .number
        }
    }

    private func endCell() throws {
        guard inCell else { return }
        inCell = false
        target = .none
        let value = try cellValue()
        let hasFormulaText = hasFormula && formulaText.count > 0
        guard !value.isEmpty || hasFormulaText else { return }
        guard cells.count < limits.maxCellsPerRow else {
            throw XLSXError.limitExceeded(file: fileName, part: partName, limit: "row \(rowNumber) has more than \(limits.maxCellsPerRow) cells")
        }
        var cell = RawCell(column: cellColumn, value: value)
        if hasFormulaText {
            (cell.formulaStart, cell.formulaCount) = appendRowText(formulaText.buffer)
        }
        cells.append(cell)
    }

    /// Appends decoded text to the row's text buffer and describes where it went.
    private func appendRowText(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, count: Int) {
        let start = rowText.count
        EscapedText.append(bytes, to: rowText)
        return (start, rowText.count - start)
    }

    private func clearRow() {
        cells.removeAll()
        rowText.removeAll()
    }

    private func cellValue() throws -> RawValue {
        switch cellType {
        case .number:
            guard hasValue, valueText.count > 0 else { return .empty }
            guard let number = CellText.number(valueText) else {
                throw invalid("the number \"\(valueText.string)\" cannot be read")
            }
            switch styles.kind(ofStyle: cellStyle) {
            case .number:
                if let code = styles.displayCode(ofStyle: cellStyle) {
                    numberFormats[CellReference(row: max(rowNumber, 1), column: cellColumn)] = code
                }
                return .number(number)
            // Excel shows serials outside 0…9999-12-31 as ####; they are not dates or times, so they stay numbers.
            case .date: return number >= 0 && number < Self.serialLimit ? .date(serial: Self.date(serial: number, date1904: date1904).serial) : .number(number)
            case .duration: return abs(number) < Self.serialLimit ? .duration(number) : .number(number)
            }
        case .shared:
            guard hasValue, valueText.count > 0 else { return .empty }
            guard let index = CellText.number(valueText).flatMap({ Int(exactly: $0) }), index >= 0 else {
                throw invalid("shared string index \"\(valueText.string)\" is not a number")
            }
            guard index < sharedStrings.count else {
                throw invalid("shared string index \(index) is out of range (the workbook has \(sharedStrings.count))")
            }
            return .shared(index)
        case .inline:
            if hasInline { let (start, count) = appendRowText(inlineText.buffer); return .text(start: start, count: count) }
            guard hasValue else { return .empty }
            let (start, count) = appendRowText(valueText.buffer)
            return .text(start: start, count: count)
        case .formulaString:
            guard hasValue else { return .empty }
            let (start, count) = appendRowText(valueText.buffer)
            return .text(start: start, count: count)
        case .bool:
            guard hasValue, let first = valueText.buffer.first else { return .empty }
            return .bool(first == UInt8(ascii: "1") || first == UInt8(ascii: "t") || first == UInt8(ascii: "T"))
        case .error:
            guard hasValue && valueText.count > 0 else { return .empty }
            let (start, count) = appendRowText(valueText.buffer)
            return .error(start: start, count: count)
        case .date:
            guard hasValue, valueText.count > 0 else { return .empty }
            guard let date = CellText.isoDate(valueText.buffer) else {
                throw invalid("the date \"\(valueText.string)\" is not ISO 8601")
            }
            return .date(serial: date.serial)
        }
    }

    /// The serial after Excel's last date, 9999-12-31 (2,958,465).
    static let serialLimit: Double = 2_958_466

    /// A date from a serial, snapped to the millisecond: Excel keeps times to the
    /// millisecond, and the double's last bits would otherwise show as `.811999`.
    @inline(__always) static func date(serial: Double, date1904: Bool) -> ExcelDate {
        let whole = serial.rounded(.down)
        let fraction = serial - whole
        guard fraction != 0 else { return ExcelDate(serial: serial, date1904: date1904) }
        return ExcelDate(serial: whole + (fraction * 86_400_000).rounded() / 86_400_000, date1904: date1904)
    }

    private func invalid(_ detail: String) -> XLSXError {
        XLSXError.invalidCell(file: fileName, part: partName, cell: reference, detail: detail)
    }
}
