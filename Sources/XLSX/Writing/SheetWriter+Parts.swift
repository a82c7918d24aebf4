import Foundation

/// The parts of a worksheet before and after its rows.
extension SheetWriter {
    /// Writes everything before the rows: views (frozen panes), column widths and `<sheetData>`.
    func writeHead() throws {
        headWritten = true
        let head = XMLByteBuffer(capacity: 1024)
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        head.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        head.append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        let fitsToPage = pageSetup?.fitToWidth == true
        if autoFilterRange != nil || fitsToPage {
            head.append("<sheetPr")
            if autoFilterRange != nil { head.append(" filterMode=\"0\"") }
            head.append(fitsToPage ? "><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "/>")
        }
        head.append("<sheetViews><sheetView workbookViewId=\"0\"")
        if isFirstSheet { head.append(" tabSelected=\"1\"") }
        if frozenRows > 0 || frozenColumns > 0 {
            let pane: StaticString = frozenRows > 0 && frozenColumns > 0 ? "bottomRight" : (frozenRows > 0 ? "bottomLeft" : "topRight")
            head.append("><pane")
            if frozenColumns > 0 { head.append(" xSplit=\""); head.appendDecimal(frozenColumns); head.append("\"") }
            if frozenRows > 0 { head.append(" ySplit=\""); head.appendDecimal(frozenRows); head.append("\"") }
            head.append(" topLeftCell=\"")
            head.appendEscapedAttribute(CellReference(row: frozenRows + 1, column: frozenColumns).description)
            head.append("\" activePane=\""); head.append(pane); head.append("\" state=\"frozen\"/><selection pane=\"")
            head.append(pane); head.append("\"/></sheetView></sheetViews>")
        } else {
            head.append("/></sheetViews>")
        }
        head.append("<sheetFormatPr defaultRowHeight=\"18.75\"/>")
        let widths = columnWidths
        writtenWidths = Dictionary(widths.map { ($0.column, $0.width) }, uniquingKeysWith: { $1 })
        if !widths.isEmpty {
            head.append("<cols>")
            for (column, width) in widths {
                head.append("<col min=\""); head.appendDecimal(column + 1)
                head.append("\" max=\""); head.appendDecimal(column + 1)
                head.append("\" width=\""); head.appendNumber((width * 100).rounded() / 100)
                head.append("\" customWidth=\"1\"/>")
            }
            head.append("</cols>")
        }
        head.append("<sheetData>")
        try workbook.zip.writeEntryData(head.bytes)
    }

    /// Waits for background compression after `body` failed, so nothing writes to the
    /// output once the workbook discards it.
    func abandon() {
        try? background?.wait()
        finished = true
    }

    /// Writes what is left: buffered rows and the parts after them. Called by the workbook.
    func finish() throws {
        try background?.wait()
        if let pendingError { throw pendingError }
        guard !finished else { return }
        if !headWritten { try writeHead() }
        finished = true
        buffer.append("</sheetData>")
        if let range = autoFilterRange {
            buffer.append("<autoFilter ref=\""); buffer.appendEscapedAttribute(range.description); buffer.append("\"/>")
        }
        if !merges.isEmpty {
            buffer.append("<mergeCells count=\""); buffer.appendDecimal(merges.count); buffer.append("\">")
            for range in merges {
                buffer.append("<mergeCell ref=\""); buffer.appendEscapedAttribute(range.description); buffer.append("\"/>")
            }
            buffer.append("</mergeCells>")
        }
        if !validations.isEmpty {
            buffer.append("<dataValidations count=\""); buffer.appendDecimal(validations.count); buffer.append("\">")
            for validation in validations {
                buffer.append("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"")
                buffer.appendEscapedAttribute(validation.range.description)
                buffer.append("\"><formula1>")
                let list = validation.items.map { $0.replacingOccurrences(of: "\"", with: "\"\"") }.joined(separator: ",")
                buffer.appendEscapedText("\"" + list + "\"")
                buffer.append("</formula1></dataValidation>")
            }
            buffer.append("</dataValidations>")
        }
        if pageSetup?.centerHorizontally == true { buffer.append("<printOptions horizontalCentered=\"1\"/>") }
        buffer.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if let setup = pageSetup {
            buffer.append("<pageSetup paperSize=\""); buffer.appendDecimal(setup.paperSize.rawValue)
            buffer.append("\" orientation=\""); buffer.append(setup.orientation == .landscape ? "landscape" : "portrait")
            buffer.append(setup.fitToWidth ? "\" fitToWidth=\"1\" fitToHeight=\"0\"/>" : "\"/>")
        }
        buffer.append("</worksheet>")
        try workbook.zip.writeEntryData(buffer.bytes)
        buffer.removeAll()
    }
}
