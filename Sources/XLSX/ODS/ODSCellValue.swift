/// The typed value attributes of one `table:table-cell`, captured at its start tag and
/// turned into a ``CellValue`` once the cell's text is known.
///
/// `office:value-type` decides: float, percentage and currency read `office:value`;
/// date reads `office:date-value`; time reads `office:time-value` (an ISO 8601 duration:
/// under a day it is a time of day, from a day on a duration, as calamine and Excel show it);
/// boolean reads `office:boolean-value`; string prefers `office:string-value` to the text.
/// LibreOffice marks a formula's error result with `calcext:value-type="error"`; the
/// displayed text (`#DIV/0!`, `Err:502`) is the error.
struct ODSCellValue {
    private var valueType: String?
    private var isError = false
    private var number: [UInt8]?
    private var dateValue: [UInt8]?
    private var timeValue: [UInt8]?
    private var booleanValue: [UInt8]?
    private var stringValue: String?

    init() {}

    init(_ attributes: XMLAttributes) {
        // `office:value-type` and `calcext:value-type` share a local name: look at every one.
        var index = 0
        while let base = attributes.base, index < attributes.count {
            let slot = base + index * 5
            index += 1
            guard let name = slot[0], let start = slot[3], let end = slot[4] else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            let local = XMLName(pointer: name)
            if local.is("value-type") {
                let text = String(decoding: value, as: UTF8.self)
                if text == "error" { isError = true } else if valueType == nil { valueType = text }
            } else if local.is("value") {
                number = Array(value)
            } else if local.is("date-value") {
                dateValue = Array(value)
            } else if local.is("time-value") {
                timeValue = Array(value)
            } else if local.is("boolean-value") {
                booleanValue = Array(value)
            } else if local.is("string-value") {
                stringValue = String(decoding: value, as: UTF8.self)
            }
        }
    }

    /// The cell's value given its text (paragraphs joined by line breaks).
    func value(text: [UInt8], fileName: String, cell: String) throws -> CellValue {
        func invalid(_ what: String, _ bytes: [UInt8]?) -> XLSXError {
            XLSXError.invalidCell(file: fileName, part: "content.xml", cell: cell,
                                  detail: "the \(what) \"\(String(decoding: bytes ?? [], as: UTF8.self))\" cannot be read")
        }
        if isError { return .error(String(decoding: text, as: UTF8.self)) }
        switch valueType {
        case "float", "percentage", "currency":
            guard let number else { return text.isEmpty ? .empty : .string(String(decoding: text, as: UTF8.self)) }
            var buffer = TextBuffer(capacity: max(number.count, 16))
            number.withUnsafeBufferPointer { buffer.append($0) }
            guard let value = CellText.number(&buffer) else { throw invalid("number", number) }
            return .number(value)
        case "date":
            guard let dateValue else { return .empty }
            guard let date = dateValue.withUnsafeBufferPointer(CellText.isoDate) else { throw invalid("date", dateValue) }
            return .date(date)
        case "time":
            guard let timeValue else { return .empty }
            guard let days = Self.durationDays(timeValue) else { throw invalid("time", timeValue) }
            return days >= 0 && days < 1 ? .date(ExcelDate(serial: days)) : .duration(days)
        case "boolean":
            guard let booleanValue else { return .empty }
            return .bool(booleanValue.first == UInt8(ascii: "t") || booleanValue.first == UInt8(ascii: "1"))
        case "string":
            return .string(stringValue ?? String(decoding: text, as: UTF8.self))
        default:
            // No value type (or `void`): text, if any, is what the cell shows.
            return text.isEmpty ? .empty : .string(String(decoding: text, as: UTF8.self))
        }
    }

    /// Days in an ISO 8601 duration such as `PT12H30M00S`, `P1DT2H`, `-PT0.5S`, or nil.
    static func durationDays(_ bytes: [UInt8]) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "P") else { return nil }
        index += 1
        var seconds = 0.0
        var inTime = false
        var sawField = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "T") { inTime = true; index += 1; continue }
            let start = index
            while index < bytes.count, (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) || bytes[index] == UInt8(ascii: ".") {
                index += 1
            }
            guard index > start, index < bytes.count, index - start <= 20,
                  let amount = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
            switch (bytes[index], inTime) {
            case (UInt8(ascii: "D"), false): seconds += amount * 86_400
            case (UInt8(ascii: "W"), false): seconds += amount * 604_800
            case (UInt8(ascii: "H"), true): seconds += amount * 3600
            case (UInt8(ascii: "M"), true): seconds += amount * 60
            case (UInt8(ascii: "S"), true): seconds += amount
            default: return nil // years and months have no fixed length in days
            }
            sawField = true
            index += 1
        }
        guard sawField, seconds.isFinite else { return nil }
        return (negative ? -seconds : seconds) / 86_400
    }
}
