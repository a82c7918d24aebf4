/// The attributes of one `table:table-cell`, read in one pass over them at its start tag
/// while libxml2's attribute buffers are valid: the repeat and span counts, the formula,
/// and the value wherever the attributes alone decide it, so most cells never copy a byte.
///
/// `office:value-type` decides: float, percentage and currency read `office:value`;
/// date reads `office:date-value`; time reads `office:time-value` (an ISO 8601 duration:
/// under a day it is a time of day, from a day on a duration, as calamine and Excel show it);
/// boolean reads `office:boolean-value`; string prefers `office:string-value` to the text.
/// LibreOffice marks a formula's error result with `calcext:value-type="error"`; the
/// displayed text (`#DIV/0!`, `Err:502`) is the error. Only the cells whose value is their
/// text (strings, errors, untyped cells) collect it: ``needsText``.
struct ODSCellAttributes {
    /// What `office:value-type` (or `calcext:value-type="error"`) says the cell holds.
    enum ValueType {
        case none, number, date, time, boolean, string, error
    }

    private(set) var valueType = ValueType.none
    /// The value the attributes give, or nil when it is the cell's text.
    private(set) var value: CellValue?
    /// The attribute that does not read as its type says, and its text, for the error message.
    private(set) var unreadable: (what: String, text: String)?
    /// `table:number-columns-repeated`, `-columns-spanned`, `-rows-spanned` as written (nil: absent).
    private(set) var columnsRepeated: UnsafeBufferPointer<UInt8>?
    private(set) var columnsSpanned: UnsafeBufferPointer<UInt8>?
    private(set) var rowsSpanned: UnsafeBufferPointer<UInt8>?
    /// The formula in Excel's syntax, when `table:formula` holds one that translates (``ODSFormula``).
    private(set) var formula: String?

    /// `office:value-type="percentage"`: the number is a fraction shown as a percent.
    private(set) var isPercentage = false

    /// Whether the value is the cell's text, so its paragraphs must be collected.
    var needsText: Bool { value == nil && unreadable == nil }
    /// Whether the cell's shown text is wanted: for its value, or for a percent's decimals (``percentCode(shown:)``).
    var collectsText: Bool { needsText || isPercentage }

    init() {}

    /// Reads a cell's attributes; `number` is scratch space for decimal conversion.
    init(_ attributes: XMLAttributes, number: inout TextBuffer) {
        var typeIsError = false
        var typeSeen = false
        var decimal: UnsafeBufferPointer<UInt8>?
        var dateValue: UnsafeBufferPointer<UInt8>?
        var timeValue: UnsafeBufferPointer<UInt8>?
        var booleanValue: UnsafeBufferPointer<UInt8>?
        var stringValue: UnsafeBufferPointer<UInt8>?
        var index = 0
        // `office:value-type` and `calcext:value-type` share a local name: look at every attribute once.
        while let base = attributes.base, index < attributes.count {
            let slot = base + index * 5
            index += 1
            guard let name = slot[0], let start = slot[3], let end = slot[4] else { continue }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            let local = XMLName(pointer: name)
            switch name[0] {
            case UInt8(ascii: "v"):
                if local.is("value-type") {
                    if Self.equals(bytes, "error") {
                        typeIsError = true
                    } else if !typeSeen {
                        typeSeen = true
                        valueType = Self.valueType(bytes)
                        isPercentage = Self.equals(bytes, "percentage")
                    }
                } else if local.is("value") {
                    decimal = bytes
                }
            case UInt8(ascii: "d"): if local.is("date-value") { dateValue = bytes }
            case UInt8(ascii: "t"): if local.is("time-value") { timeValue = bytes }
            case UInt8(ascii: "b"): if local.is("boolean-value") { booleanValue = bytes }
            case UInt8(ascii: "s"): if local.is("string-value") { stringValue = bytes }
            case UInt8(ascii: "f"): if local.is("formula") { formula = ODSFormula.excelText(bytes) }
            case UInt8(ascii: "n"):
                if local.is("number-columns-repeated") {
                    columnsRepeated = bytes
                } else if local.is("number-columns-spanned") {
                    columnsSpanned = bytes
                } else if local.is("number-rows-spanned") {
                    rowsSpanned = bytes
                }
            default: continue
            }
        }
        if typeIsError { valueType = .error }
        resolve(decimal: decimal, date: dateValue, time: timeValue, boolean: booleanValue, string: stringValue, number: &number)
    }

    /// Sets ``value`` from the typed attribute, or leaves it nil for the text to decide.
    private mutating func resolve(
        decimal: UnsafeBufferPointer<UInt8>?, date: UnsafeBufferPointer<UInt8>?,
        time: UnsafeBufferPointer<UInt8>?, boolean: UnsafeBufferPointer<UInt8>?,
        string: UnsafeBufferPointer<UInt8>?, number: inout TextBuffer
    ) {
        switch valueType {
        case .number:
            // A number type without `office:value` shows its text (other readers do the same).
            guard let decimal else { return }
            number.removeAll()
            number.append(decimal)
            if let parsed = CellText.number(&number) { value = .number(parsed) } else { unreadable = ("number", Self.text(decimal)) }
        case .date:
            guard let date else { value = .empty; return }
            if let parsed = CellText.isoDate(date) { value = .date(parsed) } else { unreadable = ("date", Self.text(date)) }
        case .time:
            guard let time else { value = .empty; return }
            if let days = Self.durationDays(time) {
                value = days >= 0 && days < 1 ? .date(ExcelDate(serial: days)) : .duration(days)
            } else {
                unreadable = ("time", Self.text(time))
            }
        case .boolean:
            guard let boolean else { value = .empty; return }
            value = .bool(boolean.first == UInt8(ascii: "t") || boolean.first == UInt8(ascii: "1"))
        case .string:
            if let string { value = .string(Self.text(string)) }
        case .error, .none:
            return
        }
    }

    /// The cell's value given its text (paragraphs joined by line breaks), or the error naming the cell.
    func value(text: [UInt8], fileName: String, cell: @autoclosure () -> String) throws -> CellValue {
        if let value { return value }
        if let unreadable {
            throw XLSXError.invalidCell(
                file: fileName, part: "content.xml", cell: cell(),
                detail: "the \(unreadable.what) \"\(unreadable.text)\" cannot be read")
        }
        switch valueType {
        case .error: return .error(String(decoding: text, as: UTF8.self))
        case .string: return .string(String(decoding: text, as: UTF8.self))
        default:
            // No value type (or `void`): text, if any, is what the cell shows.
            return text.isEmpty ? .empty : .string(String(decoding: text, as: UTF8.self))
        }
    }

    /// The Excel format code a percent cell shows itself in, from its shown text: `40.5%` → `0.0%`,
    /// `50%` → `0%`, `12,25 %` → `0.00%`. The XLSX reader lists such cells with their format code, and
    /// import shows the number as the percent it is (40.5%, not 0.405); nil when the text shows no `%`.
    static func percentCode(shown: [UInt8]) -> String? {
        guard let percent = shown.lastIndex(of: UInt8(ascii: "%")) else { return nil }
        var number = shown[..<percent]
        while let last = number.last, last == UInt8(ascii: " ") || last == 0xA0 || last == 0xC2 { number = number.dropLast() }
        let digits = number.reversed().prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        let separator = number.dropLast(digits).last
        let decimals = separator == UInt8(ascii: ".") || separator == UInt8(ascii: ",") ? min(digits, 15) : 0
        return decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%"
    }

    private static func valueType(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueType {
        if equals(bytes, "float") || equals(bytes, "percentage") || equals(bytes, "currency") { return .number }
        if equals(bytes, "string") { return .string }
        if equals(bytes, "date") { return .date }
        if equals(bytes, "time") { return .time }
        if equals(bytes, "boolean") { return .boolean }
        return .none
    }

    @inline(__always) private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        bytes.count == literal.utf8CodeUnitCount
            && bytes.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Attribute text as libxml2 hands it over (`&` arrives as `&#38;`, undone here).
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
    }

    /// Days in an ISO 8601 duration such as `PT12H30M00S`, `P1DT2H`, `-PT0.5S`, or nil.
    static func durationDays<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Double? where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        let endIndex = bytes.endIndex
        var negative = false
        if index < endIndex, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        guard index < endIndex, bytes[index] == UInt8(ascii: "P") else { return nil }
        index += 1
        var seconds = 0.0
        var inTime = false
        var sawField = false
        while index < endIndex {
            if bytes[index] == UInt8(ascii: "T") { inTime = true; index += 1; continue }
            let start = index
            while index < endIndex, (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) || bytes[index] == UInt8(ascii: ".") {
                index += 1
            }
            guard index > start, index < endIndex, index - start <= 20,
                let amount = Double(String(decoding: bytes[start..<index], as: UTF8.self))
            else { return nil }
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
