import Foundation

/// Writes one worksheet, row after row, straight into the archive.
///
/// Rows are turned into XML and deflated as they are appended, so a sheet of any length
/// passes through a fixed amount of memory. Settings that Excel keeps before the rows
/// (frozen panes, column widths) may be made until the first rows leave the buffer
/// (about 256 KB of sheet XML, or the sample for ``autoFitColumns(sampleRows:)``); a
/// setting made later is reported as an error by the next `append` or when the sheet ends.
/// Merged ranges, the autofilter and validation lists may be added at any time.
public final class SheetWriter {
    /// The sheet's name as shown on its tab.
    public let name: String
    /// The number of rows written so far (the next row is `rowCount + 1`).
    public var rowCount: Int { nextRow - 1 }

    unowned let workbook: WorkbookWriter
    let isFirstSheet: Bool
    /// The rows being turned into XML; swapped with `spareBuffer` while a full one is deflated.
    var buffer = XMLByteBuffer(capacity: 1 << 18)
    private var spareBuffer = XMLByteBuffer(capacity: 1 << 18)
    let background: BackgroundEntryWriter?
    private static let flushThreshold = 1 << 18
    private var nextRow = 1
    var headWritten = false
    var finished = false
    var pendingError: XLSXWriteError?

    var frozenRows = 0
    var frozenColumns = 0
    var explicitWidths: [Int: Double] = [:]
    var autoFitSampleRows = 0
    /// The widths written in `<cols>`, once the head is out: what later rows wrap against.
    var writtenWidths: [Int: Double] = [:]
    private var measuredWidths: [Int] = []
    private(set) var merges: [CellRange] = []
    private(set) var autoFilterRange: CellRange?
    private(set) var pageSetup: PageSetup?
    private(set) var printTitleRows: ClosedRange<Int>?
    private(set) var estimatesRowHeights = false
    var validations: [(items: [String], range: CellRange)] = []
    private var columnLetters: [[UInt8]] = []
    private let rowDigits = XMLByteBuffer(capacity: 16)

    init(name: String, workbook: WorkbookWriter, isFirstSheet: Bool) {
        self.name = name
        self.workbook = workbook
        self.isFirstSheet = isFirstSheet
        background = workbook.options.parallelCompression ? BackgroundEntryWriter(zip: workbook.zip) : nil
    }

    // MARK: - Settings kept before the rows

    /// Freezes the top `rows` rows and the left `columns` columns so they stay in view while scrolling.
    public func freezePanes(rows: Int, columns: Int = 0) {
        guard checkBeforeRows("freezePanes") else { return }
        frozenRows = max(0, min(rows, CellReference.maxRow - 1))
        frozenColumns = max(0, min(columns, CellReference.maxColumns - 1))
    }

    /// Sets a column's width (zero-based column) in Excel's units: characters of the default font.
    public func setColumnWidth(_ column: Int, _ width: Double) {
        guard checkBeforeRows("setColumnWidth") else { return }
        guard column >= 0, column < CellReference.maxColumns else {
            pendingError = .misuse("sheet '\(name)': column \(column) is outside Excel's 16,384 columns")
            return
        }
        explicitWidths[column] = min(max(width, 0), 255)
    }

    /// Estimates each column's width from the first `sampleRows` rows, counting East Asian
    /// full-width characters double. Columns given a width with ``setColumnWidth(_:_:)`` keep it.
    public func autoFitColumns(sampleRows: Int = 1000) {
        guard checkBeforeRows("autoFitColumns") else { return }
        autoFitSampleRows = max(sampleRows, 1)
    }

    /// Sets how the sheet prints (orientation, paper, fit to page width, centring).
    public func setPageSetup(_ setup: PageSetup) {
        guard checkBeforeRows("setPageSetup") else { return }
        pageSetup = setup
    }

    /// Gives every row appended from now on a height that shows its wrapped text (cells whose
    /// style has `wrapText`), estimated by ``RowHeightEstimator`` from the text and the column
    /// width: the explicit width, else the auto-fitted one, else Excel's default.
    public func estimateRowHeights() {
        estimatesRowHeights = true
    }

    /// What a sheet meant to be printed wants, in one call: landscape A4 fitted to the page width
    /// and centred, the first `headerRows` rows repeated on every page, and row heights for
    /// wrapped text. Call it before the first row.
    public func printAsDocument(headerRows: Int = 1) {
        setPageSetup(.landscapeFitToWidth)
        if headerRows > 0 { repeatRowsOnEveryPage(1...headerRows) }
        estimateRowHeights()
    }

    private func checkBeforeRows(_ setting: String) -> Bool {
        if headWritten || finished {
            pendingError = pendingError ?? .settingAfterRows(sheet: name, setting: setting)
            return false
        }
        return true
    }

    // MARK: - Settings kept after the rows

    /// Merges a range into one cell. Ranges that overlap an earlier merge, or a single
    /// cell, are refused: Excel would repair the file by dropping them.
    public func merge(_ range: CellRange) throws {
        guard range.first != range.last else { throw XLSXWriteError.singleCellMerge(sheet: name, range: range.description) }
        if let clash = merges.first(where: { $0.overlaps(range) }) {
            throw XLSXWriteError.overlappingMerge(sheet: name, range: range.description, existing: clash.description)
        }
        merges.append(range)
    }

    /// Prints `rows` (1-based, for example `1...1` for the header row) at the top of every
    /// page: the workbook's `_xlnm.Print_Titles` name for this sheet.
    public func repeatRowsOnEveryPage(_ rows: ClosedRange<Int>) {
        guard rows.lowerBound >= 1, rows.upperBound <= CellReference.maxRow else {
            pendingError = pendingError ?? .misuse("sheet '\(name)': print title rows \(rows) are outside 1...\(CellReference.maxRow)")
            return
        }
        printTitleRows = rows
    }

    /// Puts filter buttons on the first row of `range`.
    public func autoFilter(_ range: CellRange) {
        autoFilterRange = range
    }

    /// Restricts the cells of `range` to a drop-down list of `items` (for example 順調 / 遅れ).
    /// Items may not contain commas, and together they may not pass Excel's 255 characters.
    public func addListValidation(_ items: [String], range: CellRange) throws {
        guard !items.isEmpty else { throw XLSXWriteError.invalidValidationList(sheet: name, reason: "is empty") }
        if let bad = items.first(where: { $0.contains(",") }) {
            throw XLSXWriteError.invalidValidationList(sheet: name, reason: "item '\(bad)' contains a comma")
        }
        let length = items.reduce(items.count - 1) { $0 + $1.utf16.count }
        guard length <= 255 else {
            throw XLSXWriteError.invalidValidationList(sheet: name, reason: "is \(length) characters long; Excel allows 255")
        }
        validations.append((items, range))
    }

    // MARK: - Rows

    /// Appends a row of values, all with `style` (nil for plain cells; dates get a date
    /// format either way). `.empty` values leave their cell out.
    public func append(_ values: [CellValue], style: CellStyle? = nil) throws {
        let height = estimatesRowHeights ? rowHeight(values.enumerated().lazy.map { ($0.offset, $0.element, style) }) : nil
        let row = try beginRow(columns: values.count, height: height)
        var resolver = StyleResolver(style: style, styles: workbook.styles)
        for column in values.indices {
            try writeCell(values[column], formula: nil, column: column, row: row, resolver: &resolver)
        }
        try endRow(values.enumerated().lazy.map { ($0.offset, $0.element) })
    }

    /// Appends a row of cells with their own styles and formulas; cells without a style take `style`.
    public func append(cells: [StyledCell], style: CellStyle? = nil) throws {
        try appendPlaced(cells.enumerated().lazy.map { ($0.offset, $0.element) }, width: cells.count, style: style)
    }

    /// Appends a row of cells at their zero-based columns (ascending; the columns between are left
    /// empty), so a row whose one cell is in column XFD costs one cell, not 16,384.
    public func append(cells: [(column: Int, cell: StyledCell)], style: CellStyle? = nil) throws {
        guard cells.indices.dropFirst().allSatisfy({ cells[$0 - 1].column < cells[$0].column }),
            (cells.first?.column ?? 0) >= 0
        else {
            throw XLSXWriteError.misuse("the cells of a row on sheet '\(name)' must be in ascending column order")
        }
        try appendPlaced(cells.lazy.map { ($0.column, $0.cell) }, width: (cells.last?.column ?? -1) + 1, style: style)
    }

    private func appendPlaced<Cells: Sequence>(_ cells: Cells, width: Int, style: CellStyle?) throws
    where Cells.Element == (Int, StyledCell) {
        let height = estimatesRowHeights ? rowHeight(cells.lazy.map { ($0.0, $0.1.value, $0.1.style ?? style) }) : nil
        let row = try beginRow(columns: width, height: height)
        var rowResolver = StyleResolver(style: style, styles: workbook.styles)
        for (column, cell) in cells {
            if let own = cell.style {
                var resolver = StyleResolver(style: own, styles: workbook.styles)
                try writeCell(cell.value, formula: cell.formula, column: column, row: row, resolver: &resolver)
            } else {
                try writeCell(cell.value, formula: cell.formula, column: column, row: row, resolver: &rowResolver)
            }
        }
        try endRow(cells.lazy.map { ($0.0, $0.1.value) })
    }

    /// Leaves `count` rows empty.
    public func skipRows(_ count: Int) throws {
        if let pendingError { throw pendingError }
        guard nextRow - 1 + max(count, 0) <= CellReference.maxRow else { throw XLSXWriteError.tooManyRows(sheet: name) }
        nextRow += max(count, 0)
    }

    private func beginRow(columns: Int, height: Double?) throws -> Int {
        if let pendingError { throw pendingError }
        guard !finished else { throw XLSXWriteError.misuse("sheet '\(name)' is finished; rows go inside its addSheet closure") }
        guard nextRow <= CellReference.maxRow else { throw XLSXWriteError.tooManyRows(sheet: name) }
        guard columns <= CellReference.maxColumns else {
            throw XLSXWriteError.tooManyColumns(sheet: name, row: nextRow, count: columns)
        }
        while columnLetters.count < columns { columnLetters.append(Array(CellReference.columnName(columnLetters.count).utf8)) }
        rowDigits.removeAll()
        rowDigits.appendDecimal(nextRow)
        buffer.append("<row r=\"")
        buffer.append(rowDigits.bytes)
        if let height {
            buffer.append("\" ht=\"")
            buffer.appendNumber(height)
            buffer.append("\" customHeight=\"1")
        }
        buffer.append("\">")
        return nextRow
    }

    private func endRow<Values: Sequence>(_ values: Values) throws where Values.Element == (Int, CellValue) {
        buffer.append("</row>")
        if !headWritten && autoFitSampleRows > 0 && nextRow <= autoFitSampleRows { measure(values) }
        nextRow += 1
        if buffer.count >= Self.flushThreshold {
            if !headWritten {
                if autoFitSampleRows > 0 && nextRow <= autoFitSampleRows && buffer.count < 16 << 20 { return }
                try writeHead()
            }
            try flushBuffer()
        }
    }

    /// Sends the buffered rows to the archive: on the background queue when there is one.
    private func flushBuffer() throws {
        guard let background else {
            try workbook.zip.writeEntryData(buffer.bytes)
            buffer.removeAll()
            return
        }
        try background.wait()
        background.submit(buffer)
        swap(&buffer, &spareBuffer)
    }

    private func writeCell(_ value: CellValue, formula: String?, column: Int, row: Int, resolver: inout StyleResolver) throws {
        // Excel has no NaN or infinity: such a number becomes the #NUM! error it would show.
        if case .number(let number) = value, !number.isFinite, formula == nil {
            try writeCell(.error("#NUM!"), formula: nil, column: column, row: row, resolver: &resolver)
            return
        }
        // The common case first, with no copy of the value: a plain number.
        if case .number(let number) = value, formula == nil {
            openCell(column: column, styleIndex: resolver.index(for: value))
            buffer.append("><v>")
            buffer.appendNumber(number)
            buffer.append("</v></c>")
            return
        }
        let styleIndex = resolver.index(for: value)
        if case .empty = value, formula == nil {
            guard styleIndex != 0 else { return }
            openCell(column: column, styleIndex: styleIndex)
            buffer.append("/>")
            return
        }
        openCell(column: column, styleIndex: styleIndex)
        if let formula {
            let text = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
            guard !text.isEmpty, text.utf16.count <= 8192 else {
                throw XLSXWriteError.invalidFormula(
                    sheet: name, cell: reference(column, row),
                    reason: text.isEmpty ? "is empty" : "is longer than Excel's 8,192 characters")
            }
            switch value {
            case .string(let cached): try checkLength(cached, column, row); buffer.append(" t=\"str\"><f>")
            case .bool: buffer.append(" t=\"b\"><f>")
            case .error: buffer.append(" t=\"e\"><f>")
            default: buffer.append("><f>")
            }
            buffer.appendEscapedText(text)
            buffer.append("</f>")
            switch value {
            case .empty: break
            case .string(let cached): buffer.append("<v>"); buffer.appendEscapedText(cached); buffer.append("</v>")
            default: appendValueElement(value)
            }
            buffer.append("</c>")
            return
        }
        switch value {
        case .string(let text):
            try checkLength(text, column, row)
            if workbook.options.stringStorage == .inline {
                buffer.append(" t=\"inlineStr\"><is>")
                Self.appendTextElement(text, to: buffer)
                buffer.append("</is></c>")
            } else {
                let index = try workbook.sharedStrings().index(of: text)
                buffer.append(" t=\"s\"><v>")
                buffer.appendDecimal(index)
                buffer.append("</v></c>")
            }
        case .bool: buffer.append(" t=\"b\">"); appendValueElement(value); buffer.append("</c>")
        case .error: buffer.append(" t=\"e\">"); appendValueElement(value); buffer.append("</c>")
        default: buffer.append(">"); appendValueElement(value); buffer.append("</c>")
        }
    }

    private func openCell(column: Int, styleIndex: Int) {
        buffer.append("<c r=\"")
        buffer.append(columnLetters[column])
        buffer.append(rowDigits.bytes)
        buffer.append(UInt8(ascii: "\""))
        if styleIndex != 0 {
            buffer.append(" s=\"")
            buffer.appendDecimal(styleIndex)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    private func appendValueElement(_ value: CellValue) {
        buffer.append("<v>")
        switch value {
        case .number(let number): buffer.appendNumber(number)
        case .date(let date): buffer.appendNumber(date.serial)
        case .duration(let days): buffer.appendNumber(days)
        case .bool(let flag): buffer.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        case .error(let text): buffer.appendEscapedText(text)
        case .string(let text): buffer.appendEscapedText(text)
        case .empty: break
        }
        buffer.append("</v>")
    }

    private func checkLength(_ text: String, _ column: Int, _ row: Int) throws {
        // UTF-8 is never shorter than UTF-16, so most strings skip the count Excel uses.
        guard text.utf8.count > 32_767 else { return }
        let length = text.utf16.count
        if length > 32_767 { throw XLSXWriteError.cellTextTooLong(sheet: name, cell: reference(column, row), length: length) }
    }

    private func reference(_ column: Int, _ row: Int) -> String {
        CellReference(row: row, column: column).description
    }

    /// `<t>text</t>`, keeping leading and trailing spaces with `xml:space="preserve"`.
    static func appendTextElement(_ text: String, to buffer: XMLByteBuffer) {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last,
            first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D || last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D
        {
            buffer.append("<t xml:space=\"preserve\">")
        } else {
            buffer.append("<t>")
        }
        buffer.appendEscapedText(text)
        buffer.append("</t>")
    }

    // MARK: - Widths

    private func measure<Values: Sequence>(_ values: Values) where Values.Element == (Int, CellValue) {
        for (column, value) in values {
            let width = ColumnWidthEstimator.displayWidth(of: value)
            guard width > 0 else { continue }
            if measuredWidths.count <= column { measuredWidths += repeatElement(0, count: column + 1 - measuredWidths.count) }
            measuredWidths[column] = max(measuredWidths[column], width)
        }
    }

    var columnWidths: [(column: Int, width: Double)] {
        var widths: [Int: Double] = [:]
        for (column, measured) in measuredWidths.enumerated() where measured > 0 {
            widths[column] = ColumnWidthEstimator.columnWidth(forDisplayWidth: measured)
        }
        for (column, width) in explicitWidths { widths[column] = width }
        return widths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
