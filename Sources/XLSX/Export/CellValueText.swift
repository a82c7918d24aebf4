/// The text of a cell value in exports (CSV, JSON Lines), appended as UTF-8 bytes.
///
/// Numbers: integral values without a decimal point (`42`, not `42.0`), others in the
/// shortest form that reads back to the same double (`0.1`, `1e-05`). Dates and times:
/// ISO 8601 (``ExcelDate/isoString``). Durations: ISO 8601 durations (`PT36H30M0S`).
public enum CellValueText {
    /// Appends a number's text.
    @inline(__always) public static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        if value == value.rounded(.towardZero) && abs(value) < 1e15 {
            appendInteger(Int64(value), to: &output)
        } else {
            output.append(contentsOf: value.description.utf8)
        }
    }

    /// Appends an integer's decimal digits without building a `String`.
    @inline(__always) public static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 { output.append(UInt8(ascii: "0") + UInt8(magnitude)); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0) // 24 bytes of scratch, enough for 20 digits
        let count = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var index = scratch.count
            while magnitude > 0 {
                index -= 1
                scratch[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            output.append(contentsOf: scratch[index...])
            return scratch.count - index
        }
        _ = count
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

    /// The plain text of a value, as CSV writes it (`TRUE`/`FALSE` for booleans, nothing for empty).
    public static func appendPlain(_ value: CellValue, to output: inout [UInt8]) {
        switch value {
        case .empty: break
        case .string(let text): output.append(contentsOf: text.utf8)
        case .number(let number): appendNumber(number, to: &output)
        case .bool(let flag): output.append(contentsOf: (flag ? "TRUE" : "FALSE").utf8)
        case .date(let date): output.append(contentsOf: date.isoString.utf8)
        case .duration(let days): output.append(contentsOf: duration(days: days).utf8)
        case .error(let text): output.append(contentsOf: text.utf8)
        }
    }
}
