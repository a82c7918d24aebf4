import SharedText

/// The text of a cell value in exports (CSV, JSON Lines), appended as UTF-8 bytes.
///
/// Numbers: by SharedText's `NumberText` rule, whole values without a decimal point (`42`, not
/// `42.0`), others in the shortest form that reads back to the same double (`0.1`, `1e-05`). Dates and times:
/// ISO 8601 (``ExcelDate/isoString``). Durations: ISO 8601 durations (`PT36H30M0S`).
public enum CellValueText {
    /// Appends a number's text.
    @inline(__always) public static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        if let integer = NumberText.integer(value) {
            appendInteger(integer, to: &output)
        } else {
            // The standard library's shortest round-trip digits (the same text as `description`),
            // written straight into the output instead of into a new String.
            var stream = ASCIIByteStream()
            swap(&stream.bytes, &output)
            value.write(to: &stream)
            swap(&stream.bytes, &output)
        }
    }

    /// Appends an integer's decimal digits without building a `String`.
    @inline(__always) public static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        if magnitude < 10 { output.append(UInt8(ascii: "0") + UInt8(magnitude)); return }
        var digitCount = 1
        var limit: UInt64 = 10
        while digitCount < 20 && magnitude >= limit { digitCount += 1; limit = limit &* 10 }
        appendDigits(magnitude, count: digitCount, to: &output)
    }

    /// Appends exactly `count` decimal digits of a value, zero-padded on the left.
    @inline(__always) static func appendDigits(_ value: UInt64, count: Int, to output: inout [UInt8]) {
        // Digits are formed right to left in a stack buffer, then appended in one copy.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            let width = min(count, 24)
            var rest = value
            var index = width - 1
            while index >= 0 {
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                index -= 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[0..<width]))
        }
    }

    /// Appends a date as ISO 8601, byte for byte the same as ``ExcelDate/isoString``, without building strings.
    @inline(__always) public static func appendDate(_ date: ExcelDate, to output: inout [UInt8]) {
        let c = date.components
        let hasTime = c.hour != 0 || c.minute != 0 || c.second != 0 || c.microsecond != 0
        let timeOnly = date.serial >= 0 && date.serial < 1
        if !timeOnly {
            guard c.year >= 0 && c.year <= 9999 else {
                output.append(contentsOf: date.isoString.utf8)
                return
            }
            appendDigits(UInt64(c.year), count: 4, to: &output)
            output.append(UInt8(ascii: "-"))
            appendDigits(UInt64(c.month), count: 2, to: &output)
            output.append(UInt8(ascii: "-"))
            appendDigits(UInt64(c.day), count: 2, to: &output)
            guard hasTime else { return }
            output.append(UInt8(ascii: "T"))
        }
        appendDigits(UInt64(c.hour), count: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(UInt64(c.minute), count: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(UInt64(c.second), count: 2, to: &output)
        if c.microsecond != 0 {
            output.append(UInt8(ascii: "."))
            appendDigits(UInt64(c.microsecond), count: 6, to: &output)
        }
    }

    /// The ISO 8601 duration of a number of days: `PT36H30M0S`, `-PT1H0M0.5S`.
    public static func duration(days: Double) -> String {
        // Beyond ±10⁹ days the seconds would not fit an Int: such a value is no duration, so it stays a number.
        guard abs(days) < 1e9 else { return days.description }
        let negative = days < 0
        let micros = (abs(days) * 86_400_000_000).rounded()
        let totalSeconds = (micros / 1_000_000).rounded(.down)
        let fraction = Int((micros - totalSeconds * 1_000_000).rounded())
        let seconds = Int(totalSeconds)
        var text = (negative ? "-" : "") + "PT\(seconds / 3600)H\((seconds / 60) % 60)M\(seconds % 60)"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "S"
    }

    private static let trueText: [UInt8] = Array("TRUE".utf8)
    private static let falseText: [UInt8] = Array("FALSE".utf8)

    /// The plain text of a value, as CSV writes it (`TRUE`/`FALSE` for booleans, nothing for empty).
    public static func appendPlain(_ value: CellValue, to output: inout [UInt8]) {
        switch value {
        case .empty: break
        case .string(let text): output.append(contentsOf: text.utf8)
        case .number(let number): appendNumber(number, to: &output)
        case .bool(let flag): output.append(contentsOf: flag ? trueText : falseText)
        case .date(let date): appendDate(date, to: &output)
        case .duration(let days): output.append(contentsOf: duration(days: days).utf8)
        case .error(let text): output.append(contentsOf: text.utf8)
        }
    }
}

/// A text stream into a byte array. `Double.write(to:)` hands its digits to `_writeASCII`
/// (the standard library's hook for ASCII text) as a buffer; any other text arrives as a
/// `String` through `write(_:)`, so the bytes are the same either way.
struct ASCIIByteStream: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    // swift-format-ignore: NoLeadingUnderscores
    // The standard library's own name for the fast path of TextOutputStream; it must be spelt so.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: buffer) }
}
