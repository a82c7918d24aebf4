/// Estimates how wide a column must be to show its values, in Excel's width unit
/// (about one half-width character of the default font).
public enum ColumnWidthEstimator {
    /// The width of a value as displayed, in half-width character cells: East Asian
    /// wide and full-width characters count two, and multi-line text counts its longest line.
    public static func displayWidth(of value: CellValue) -> Int {
        switch value {
        case .empty: return 0
        case .string(let text): return displayWidth(of: text)
        case .number(let number):
            if number.magnitude < 1e15, number == number.rounded(.towardZero) {
                // Digits plus thousands separators, as `#,##0` would show them.
                let digits = String(Int(number).magnitude).count
                return digits + (digits - 1) / 3 + (number < 0 ? 1 : 0)
            }
            return min(number.description.count, 12)
        case .date(let date): return date.serial == date.serial.rounded(.down) ? 10 : 19
        case .duration: return 10
        case .bool(let flag): return flag ? 4 : 5
        case .error(let text): return text.count
        }
    }

    /// The display width of text: its longest line, wide characters counting two.
    public static func displayWidth(of text: String) -> Int {
        var longest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" { longest = max(longest, line); line = 0; continue }
            line += isWide(scalar) ? 2 : 1
        }
        return max(longest, line)
    }

    /// A column width for content of `displayWidth` cells: a little padding, at least
    /// Excel's default 8.43, and at most 80 so one long description does not make a
    /// column wider than the screen (wrap such text instead).
    public static func columnWidth(forDisplayWidth displayWidth: Int) -> Double {
        min(max(Double(displayWidth) * 1.1 + 2, 8.43), 80)
    }

    /// Whether a character takes two cells: East Asian Wide or Fullwidth (UAX #11), roughly.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
