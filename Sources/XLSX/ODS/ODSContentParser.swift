/// Streams an OpenDocument spreadsheet's `content.xml` through libxml2's SAX parser:
/// the table list (names and hidden tables) or the rows of one table.
///
/// Repeats are honoured without materialising empty ones: a row or cell repeated
/// a billion times costs one counter addition when it is empty and is refused by
/// ``ReadLimits`` when it holds a value. Covered cells that hold a value keep it (as
/// other readers do); spans become merged ranges. Annotations are not cell text.
/// `table:visibility="collapse"` or `"filter"` on a row or column hides it, as `hidden="1"` does in XLSX.
final class ODSContentParser: XMLEventHandler {
    /// A table as the body lists it.
    struct Table {
        var name: String
        var styleName: String?
    }

    /// Thrown by a handler to stop the parse once the wanted table has ended.
    struct Finished: Error {}

    private let fileName: String
    private let limits: ReadLimits
    /// The table whose rows go to `deliver` (zero-based), or nil to collect the table list only.
    private let wantedTable: Int?
    private let deliver: (Row) throws -> Void

    private(set) var tables: [Table] = []
    /// Table styles with `table:display="false"`: tables using one are hidden sheets.
    private(set) var hiddenTableStyles: Set<String> = []
    /// Merged ranges and hidden rows and columns of the wanted table.
    private(set) var layout = Workbook.SheetLayout()

    /// Runs of empty hidden rows longer than this are not listed: they hold nothing to leave out,
    /// and LibreOffice hides "every row below" as one row repeated a million times.
    static let maxListedEmptyHiddenRun = 1024

    private var tableStyleName: String?
    /// Open table elements (nested tables inside cells are not sheets).
    private var tableDepth = 0
    private var inWantedTable = false
    private var rowNumber = 1
    private var rowRepeat = 1
    private var rowHidden = false
    /// The next column a `table:table-column` describes.
    private var columnDeclared = 0
    private var column = 0
    private var cells: [Cell] = []
    /// The current row's percent cells and the format code each shows in (see ``ODSCellAttributes/percentCode(shown:)``).
    private var rowPercentFormats: [(columns: Range<Int>, code: String)] = []
    private var inCell = false
    private var cellRepeat = 1
    private var cellAttributes = ODSCellAttributes()
    /// Scratch space for decimal conversion, reused by every cell.
    private var numberBuffer = TextBuffer(capacity: 64)
    private var annotationDepth = 0
    private var paragraphDepth = 0
    private var paragraphs = 0
    private var text: [UInt8] = []

    init(fileName: String, limits: ReadLimits, wantedTable: Int?, deliver: @escaping (Row) throws -> Void = { _ in }) {
        self.fileName = fileName
        self.limits = limits
        self.wantedTable = wantedTable
        self.deliver = deliver
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) throws {
        if annotationDepth > 0 {
            annotationDepth += 1
            return
        }
        if inCell {
            try startCellContent(name, attributes: attributes)
            return
        }
        if name.is("table") {
            tableDepth += 1
            guard tableDepth == 1 else { return }
            tables.append(Table(name: attributes.string("name") ?? "Sheet\(tables.count + 1)", styleName: attributes.string("style-name")))
            inWantedTable = wantedTable == tables.count - 1
            rowNumber = 1
            columnDeclared = 0
        } else if name.is("style") {
            tableStyleName = attributes.string("family") == "table" ? attributes.string("name") : nil
        } else if name.is("table-properties") {
            if let tableStyleName, attributes.string("display") == "false" { hiddenTableStyles.insert(tableStyleName) }
        } else if inWantedTable, tableDepth == 1 {
            if name.is("table-row") {
                rowRepeat = try repeatCount(attributes, "number-rows-repeated")
                rowHidden = Self.hides(attributes)
                column = 0
                cells.removeAll(keepingCapacity: true)
                rowPercentFormats.removeAll(keepingCapacity: true)
            } else if name.is("table-cell") || name.is("covered-table-cell") {
                try startCell(attributes, covered: name.is("covered-table-cell"))
            } else if name.is("table-column") {
                try declareColumns(attributes)
            }
        }
    }

    func endElement(_ name: XMLName) throws {
        if annotationDepth > 0 {
            annotationDepth -= 1
            return
        }
        if inCell {
            if name.is("table-cell") || name.is("covered-table-cell") {
                try endCell()
            } else if name.is("p") || name.is("h") {
                paragraphDepth -= 1
            }
            return
        }
        if name.is("table") {
            tableDepth -= 1
            if tableDepth == 0 && inWantedTable { throw Finished() }
        } else if inWantedTable, tableDepth == 1, name.is("table-row") {
            try endRow()
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        // Text outside a paragraph is the indentation of pretty-printed XML, not cell text.
        guard inCell, paragraphDepth > 0, annotationDepth == 0, cellAttributes.collectsText else { return }
        try appendText(bytes)
    }

    // MARK: cells

    private func startCell(_ attributes: XMLAttributes, covered: Bool) throws {
        inCell = true
        cellAttributes = ODSCellAttributes(attributes, number: &numberBuffer)
        cellRepeat = try count(cellAttributes.columnsRepeated, "number-columns-repeated")
        paragraphs = 0
        paragraphDepth = 0
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        guard !covered, cellAttributes.columnsSpanned != nil || cellAttributes.rowsSpanned != nil else { return }
        let across = try count(cellAttributes.columnsSpanned, "number-columns-spanned")
        let down = try count(cellAttributes.rowsSpanned, "number-rows-spanned")
        if across > 1 || down > 1 {
            let lastRow = min(rowNumber.addingSaturating(down - 1), limits.maxRows)
            let lastColumn = min(column.addingSaturating(across - 1), limits.maxCellsPerRow - 1)
            if rowNumber <= limits.maxRows && column < limits.maxCellsPerRow {
                layout.mergedRanges.append(
                    CellRange(
                        CellReference(row: rowNumber, column: column),
                        CellReference(row: lastRow, column: lastColumn)))
            }
        }
    }

    private func startCellContent(_ name: XMLName, attributes: XMLAttributes) throws {
        if name.is("annotation") {
            annotationDepth = 1
        } else if name.is("p") || name.is("h") {
            if paragraphDepth == 0 {
                if paragraphs > 0, cellAttributes.collectsText { try appendText("\n") }
                paragraphs += 1
            }
            paragraphDepth += 1
        } else if paragraphDepth > 0, cellAttributes.collectsText {
            if name.is("s") {
                let count = attributes.integer("c") ?? 1
                guard count <= limits.maxStringLength - text.count else { throw tooLong() }
                text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(count, 1)))
            } else if name.is("tab") {
                try appendText("\t")
            } else if name.is("line-break") {
                try appendText("\n")
            }
        }
    }

    private func endCell() throws {
        inCell = false
        let value = try cellAttributes.value(text: text, fileName: fileName, cell: reference)
        defer { column = column.addingSaturating(cellRepeat) }
        let formula = cellAttributes.formula
        guard !value.isEmpty || formula != nil else { return }
        guard column < limits.maxCellsPerRow, cellRepeat <= limits.maxCellsPerRow - column,
            cells.count + cellRepeat <= limits.maxCellsPerRow
        else {
            throw XLSXError.limitExceeded(
                file: fileName, part: "content.xml",
                limit: "row \(rowNumber) of table \"\(tables.last?.name ?? "")\" has cells past column "
                    + "\(limits.maxCellsPerRow) (a value repeated \(cellRepeat) times at column \(column + 1))")
        }
        for offset in 0..<cellRepeat { cells.append(Cell(column: column + offset, value: value, formula: formula)) }
        if cellAttributes.isPercentage, case .number = value, let code = ODSCellAttributes.percentCode(shown: text) {
            rowPercentFormats.append((column..<(column + cellRepeat), code))
        }
    }

    private func endRow() throws {
        defer { rowNumber = rowNumber.addingSaturating(rowRepeat) }
        guard !cells.isEmpty else {
            if rowHidden, rowRepeat <= Self.maxListedEmptyHiddenRun, rowNumber <= limits.maxRows {
                layout.hiddenRows.formUnion(rowNumber...min(rowNumber + rowRepeat - 1, limits.maxRows))
            }
            return
        }
        guard rowRepeat <= limits.maxRows - min(rowNumber, limits.maxRows) + 1, rowNumber <= limits.maxRows else {
            throw XLSXError.limitExceeded(
                file: fileName, part: "content.xml",
                limit: "table \"\(tables.last?.name ?? "")\" has rows with values past row \(limits.maxRows) "
                    + "(row \(rowNumber) repeated \(rowRepeat) times)")
        }
        if rowHidden { layout.hiddenRows.formUnion(rowNumber...(rowNumber + rowRepeat - 1)) }
        for offset in 0..<rowRepeat {
            for (columns, code) in rowPercentFormats {
                for column in columns { layout.numberFormats[CellReference(row: rowNumber + offset, column: column)] = code }
            }
            try deliver(Row(number: rowNumber + offset, cells: cells))
        }
    }

    // MARK: columns

    /// Records the columns a `table:table-column` hides, as one range however often it repeats.
    private func declareColumns(_ attributes: XMLAttributes) throws {
        let first = columnDeclared
        let count = try repeatCount(attributes, "number-columns-repeated")
        columnDeclared = columnDeclared.addingSaturating(count)
        guard Self.hides(attributes), first < limits.maxCellsPerRow else { return }
        guard layout.hiddenColumns.count < limits.maxCellsPerRow else {
            throw XLSXError.limitExceeded(
                file: fileName, part: "content.xml",
                limit: "table \"\(tables.last?.name ?? "")\" has more than \(limits.maxCellsPerRow) hidden column ranges")
        }
        layout.hiddenColumns.append(first...min(first.addingSaturating(count - 1), limits.maxCellsPerRow - 1))
    }

    /// Whether a row's or column's `table:visibility` hides it (`collapse`, or `filter` for rows a filter hides).
    private static func hides(_ attributes: XMLAttributes) -> Bool {
        guard let visibility = attributes.value("visibility") else { return false }
        return !visibility.elementsEqual("visible".utf8)
    }

    // MARK: helpers

    private var reference: String {
        guard rowNumber <= CellReference.maxRow, column < CellReference.maxColumns else { return "row \(rowNumber) column \(column + 1)" }
        return "\(tables.last?.name ?? "")!\(CellReference(row: rowNumber, column: column))"
    }

    private func repeatCount(_ attributes: XMLAttributes, _ name: StaticString) throws -> Int {
        try count(attributes.value(name), name)
    }

    /// A repeat or span count as written (absent: 1); anything but a positive integer is an error naming the cell.
    private func count(_ bytes: UnsafeBufferPointer<UInt8>?, _ name: StaticString) throws -> Int {
        guard let bytes else { return 1 }
        guard let count = DecimalParsing.integer(bytes), count >= 1 else {
            throw XLSXError.invalidCell(
                file: fileName, part: "content.xml", cell: reference,
                detail: "\(name) \"\(String(decoding: bytes, as: UTF8.self))\" is not a count")
        }
        return count
    }

    private func appendText(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard bytes.count <= limits.maxStringLength - text.count else { throw tooLong() }
        text.append(contentsOf: bytes)
    }

    private func appendText(_ literal: StaticString) throws {
        try appendText(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private func tooLong() -> XLSXError {
        XLSXError.limitExceeded(
            file: fileName, part: "content.xml",
            limit: "cell \(reference) has more than \(limits.maxStringLength) bytes of text")
    }
}

extension Int {
    /// The sum, or `Int.max` instead of trapping: counts from files never overflow.
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
