import SharedText

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
            if let integer = NumberText.integer(number) {
                // Digits plus thousands separators, as `#,##0` would show them.
                let digits = String(integer.magnitude).count
                return digits + (digits - 1) / 3 + (number < 0 ? 1 : 0)
            }
            return min(number.description.count, 12)
        case .date(let date): return date.serial == date.serial.rounded(.down) ? 10 : 19
        case .duration: return 10
        case .bool(let flag): return flag ? 4 : 5
        case .error(let text): return text.count
        }
    }

    /// The display width of text: its longest line, wide characters counting two, combining
    /// marks none (SharedText's `DisplayWidth`, the one table the diff's text tables use too).
    public static func displayWidth(of text: String) -> Int {
        DisplayWidth.ofLongestLine(text)
    }

    /// A column width for content of `displayWidth` cells: a little padding, at least
    /// Excel's default 8.43, and at most 80 so one long description does not make a
    /// column wider than the screen (wrap such text instead).
    public static func columnWidth(forDisplayWidth displayWidth: Int) -> Double {
        min(max(Double(displayWidth) * 1.1 + 2, 8.43), 80)
    }
}
