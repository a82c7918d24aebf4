/// Row heights for wrapped text (``SheetWriter/estimateRowHeights()``).
extension SheetWriter {
    /// The height a row of these cells needs, or nil when every cell fits one line.
    func rowHeight<Cells: Sequence>(_ cells: Cells) -> Double? where Cells.Element == (Int, CellValue, CellStyle?) {
        var tallest: Double?
        for (column, value, style) in cells {
            guard let style, style.wrapText, case .string(let text) = value, !text.isEmpty else { continue }
            let lines = RowHeightEstimator.lineCount(of: text, columnWidth: width(of: column, holding: text))
            guard lines > 1 else { continue }
            tallest = max(tallest ?? 0, RowHeightEstimator.height(lines: lines, fontSize: style.fontSize))
        }
        return tallest
    }

    /// The width the column will have: set, written, or (while the auto-fit sample is still being
    /// measured) at least what this text asks for, since the column grows to its widest sampled cell.
    private func width(of column: Int, holding text: String) -> Double {
        if let width = explicitWidths[column] { return width }
        if headWritten { return writtenWidths[column] ?? Self.defaultColumnWidth }
        guard autoFitSampleRows > 0, rowCount < autoFitSampleRows else { return Self.defaultColumnWidth }
        return ColumnWidthEstimator.columnWidth(forDisplayWidth: ColumnWidthEstimator.displayWidth(of: text))
    }

    /// Excel's width of a column nobody sized.
    static let defaultColumnWidth = 8.43
}
