/// Encodes rows as JSON Lines: one JSON array per row, from column A to the row's last
/// value; `null` for gaps, numbers as JSON numbers, `true`/`false`, dates and
/// durations as ISO 8601 strings, errors as their text. An empty row is `[]`.
public struct JSONLinesRowEncoder: RowEncoder, RawRowEncoder {
    /// Makes an encoder.
    public init() {}

    /// Appends one row's line: values from column A to the row's last value, then the line ending.
    public mutating func appendRow(_ row: Row, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        var column = 0
        for cell in row.cells where !cell.value.isEmpty {
            while column < cell.column {
                if column > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: Self.nullText)
                column += 1
            }
            if column > 0 { output.append(UInt8(ascii: ",")) }
            Self.appendValue(cell.value, to: &output)
            column = cell.column + 1
        }
        output.append(UInt8(ascii: "]"))
        output.append(10)
    }

    /// Appends one parser row's line, the same bytes as ``appendRow(_:to:)`` for its ``Row``.
    mutating func appendRawRow(_ row: RawRow, strings: SharedStringArena, to output: inout [UInt8]) throws {
        output.append(UInt8(ascii: "["))
        var column = 0
        try forEachValue(of: row, strings: strings) { cellColumn, value, text, shared in
            while column < cellColumn {
                if column > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: Self.nullText)
                column += 1
            }
            if column > 0 { output.append(UInt8(ascii: ",")) }
            switch value {
            case .shared(let index):
                Self.appendQuoted(try strings.text(at: index, resident: shared), to: &output)
            case .text(let start, let count), .error(let start, let count):
                Self.appendQuoted(text.slice(start, count), to: &output)
            case .number(let number): Self.appendValue(.number(number), to: &output)
            case .date(let serial): Self.appendValue(.date(ExcelDate(serial: serial)), to: &output)
            case .bool(let flag): Self.appendValue(.bool(flag), to: &output)
            case .duration(let days): Self.appendValue(.duration(days), to: &output)
            case .empty: Self.appendValue(.empty, to: &output)
            }
            column = cellColumn + 1
        }
        output.append(UInt8(ascii: "]"))
        output.append(10)
    }

    /// Appends the line of a row without values.
    public mutating func appendEmptyRow(to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        output.append(UInt8(ascii: "]"))
        output.append(10)
    }

    private static let nullText: [UInt8] = Array("null".utf8)
    private static let trueText: [UInt8] = Array("true".utf8)
    private static let falseText: [UInt8] = Array("false".utf8)

    /// Appends one value as JSON.
    public static func appendValue(_ value: CellValue, to output: inout [UInt8]) {
        switch value {
        case .empty: output.append(contentsOf: nullText)
        case .number(let number): CellValueText.appendNumber(number, to: &output)
        case .bool(let flag): output.append(contentsOf: flag ? trueText : falseText)
        case .string(let text), .error(let text): appendString(text, to: &output)
        case .date(let date):
            output.append(UInt8(ascii: "\""))
            CellValueText.appendDate(date, to: &output)
            output.append(UInt8(ascii: "\""))
        case .duration(let days): appendString(CellValueText.duration(days: days), to: &output)
        }
    }

    /// Appends a JSON string literal: quotes, backslashes and control characters escaped, other UTF-8 as is.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        // Borrow the string's UTF-8 storage: `withUTF8` on a copy would check uniqueness per cell.
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { appendQuoted($0, to: &output) }
        if handled == nil { Array(text.utf8).withUnsafeBufferPointer { appendQuoted($0, to: &output) } }
    }

    /// Appends UTF-8 bytes as a JSON string literal.
    @inline(__always) static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(bytes, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 bytes with quotes, backslashes and control characters escaped.
    @inline(__always) private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case 10: output.append(UInt8(ascii: "n"))
            case 13: output.append(UInt8(ascii: "r"))
            case 9: output.append(UInt8(ascii: "t"))
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
