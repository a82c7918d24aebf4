/// Estimates how tall a row must be to show its wrapped text, in points, from the text and
/// the column width: the same display-width rule as ``ColumnWidthEstimator`` (full-width
/// characters count two), so a column sized by one and a row sized by the other agree.
///
/// Spreadsheet files carry no row heights for wrapped text unless the writer sets them; Excel
/// recomputes them only when a cell is edited, and LibreOffice prints the default height, so
/// the lines of a long description overlap the row below on paper.
public enum RowHeightEstimator {
    /// The height of one line of the default 11-point font (Excel's Japanese default row height).
    public static let lineHeight = 18.75

    /// How many lines `text` takes in a column `columnWidth` characters wide: each line of the
    /// text wraps onto as many lines as its display width needs.
    public static func lineCount(of text: String, columnWidth: Double) -> Int {
        // A cell keeps about one character of padding; a column narrower than two still shows one.
        let usable = max(Int((columnWidth - 1).rounded(.down)), 1)
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let width = ColumnWidthEstimator.displayWidth(of: String(line))
            lines += max((width + usable - 1) / usable, 1)
        }
        return max(lines, 1)
    }

    /// The row height for `lines` lines of text in `fontSize`-point type (nil for the default 11),
    /// at most Excel's 409 points.
    public static func height(lines: Int, fontSize: Double? = nil) -> Double {
        let perLine = lineHeight * (fontSize ?? 11) / 11
        return min((Double(max(lines, 1)) * perLine * 4).rounded(.up) / 4, 409)
    }
}
