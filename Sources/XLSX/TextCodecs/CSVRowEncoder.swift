import SharedText

/// Encodes rows as CSV (RFC 4180): UTF-8, comma-separated, CRLF line endings, fields
/// quoted only when they contain a comma, a quote, CR or LF (quotes doubled): SharedText's
/// `CSVField`, the quoting rule the diff and history CSV use too.
public struct CSVRowEncoder: RowEncoder, RawRowEncoder {
    /// The field separator (a comma unless set otherwise, e.g. `;` or a tab).
    public var separator: UInt8
    /// Whether text cells that a spreadsheet would run as a formula are defused (``CSVFormulaEscaping``).
    public var escapesFormulas: Bool
    private var scratch: [UInt8] = []

    /// Makes an encoder; `separator` defaults to a comma, formulas are written as they are unless `escapesFormulas`.
    public init(separator: UInt8 = UInt8(ascii: ","), escapesFormulas: Bool = false) {
        self.separator = separator
        self.escapesFormulas = escapesFormulas
        scratch.reserveCapacity(256)
    }

    /// Appends one row's line: values from column A to the row's last value, then the line ending.
    public mutating func appendRow(_ row: Row, to output: inout [UInt8]) {
        var column = 0
        row.cells.withUnsafeBufferPointer { cells in
            for index in cells.indices where !cells[index].value.isEmpty {
                let cellColumn = cells[index].column
                while column < cellColumn {
                    if column > 0 { output.append(separator) }
                    column += 1
                }
                if column > 0 { output.append(separator) }
                appendField(cells[index].value, to: &output)
                column = cellColumn + 1
            }
        }
        output.append(13)
        output.append(10)
    }

    /// Appends one parser row's line, the same bytes as ``appendRow(_:to:)`` for its ``Row``.
    mutating func appendRawRow(_ row: RawRow, strings: SharedStringArena, to output: inout [UInt8]) {
        var column = 0
        forEachValue(of: row, strings: strings) { cellColumn, value, text, shared in
            while column < cellColumn {
                if column > 0 { output.append(separator) }
                column += 1
            }
            if column > 0 { output.append(separator) }
            switch value {
            case .shared(let index):
                let range = strings.range(at: index)
                appendText(shared.slice(range.lowerBound, range.count), to: &output)
            case .text(let start, let count), .error(let start, let count):
                appendText(text.slice(start, count), to: &output)
            case .number(let number):
                CellValueText.appendNumber(number, to: &output)
            case .date(let serial):
                CellValueText.appendDate(ExcelDate(serial: serial), to: &output)
            case .bool(let flag):
                CellValueText.appendPlain(.bool(flag), to: &output)
            case .duration(let days):
                CellValueText.appendPlain(.duration(days), to: &output)
            case .empty:
                break
            }
            column = cellColumn + 1
        }
        output.append(13)
        output.append(10)
    }

    /// Appends the line of a row without values.
    public mutating func appendEmptyRow(to output: inout [UInt8]) {
        output.append(13)
        output.append(10)
    }

    @inline(__always) private mutating func appendField(_ value: CellValue, to output: inout [UInt8]) {
        switch value {
        case .string(let text), .error(let text):
            // Borrow the string's UTF-8 storage: `withUTF8` on a copy would check uniqueness per cell.
            let handled: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                appendText(bytes, to: &output)
            }
            if handled == nil { Array(text.utf8).withUnsafeBufferPointer { appendText($0, to: &output) } }
        case .number(let number):
            CellValueText.appendNumber(number, to: &output)
        default:
            CellValueText.appendPlain(value, to: &output)
        }
    }

    /// Appends a field's text, quoted (quotes doubled) only when it holds a quote, the separator, CR or LF.
    @inline(__always) private func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        CSVField.append(bytes, separator: separator, escapingFormulas: escapesFormulas, to: &output)
    }
}
