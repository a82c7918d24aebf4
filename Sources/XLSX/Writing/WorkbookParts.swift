/// The small XML parts that tie a workbook together: content types, relationships,
/// workbook.xml and the document properties.
struct WorkbookParts {
    /// What workbook.xml says of a sheet: its name and the names defined on it.
    struct Sheet {
        var name: String
        var autoFilter: CellRange?
        var printTitleRows: ClosedRange<Int>?
    }

    let sheets: [Sheet]
    let hasSharedStrings: Bool
    let options: WorkbookWriterOptions

    private static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    func contentTypes() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 2048)
        out.append(Self.declaration)
        out.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        out.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        out.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        out.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        for number in 1...max(sheets.count, 1) {
            out.append("<Override PartName=\"/xl/worksheets/sheet"); out.appendDecimal(number)
            out.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
        }
        out.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        if hasSharedStrings {
            out.append(
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
        }
        out.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        out.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        out.append("</Types>")
        return Array(out.bytes)
    }

    func packageRelationships() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 1024)
        out.append(Self.declaration)
        out.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        out.append(
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        )
        out.append(
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        )
        out.append(
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        )
        out.append("</Relationships>")
        return Array(out.bytes)
    }

    func workbookRelationships() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 1024)
        out.append(Self.declaration)
        out.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for number in 1...sheets.count {
            out.append("<Relationship Id=\"rId"); out.appendDecimal(number)
            out.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            out.appendDecimal(number); out.append(".xml\"/>")
        }
        out.append("<Relationship Id=\"rId"); out.appendDecimal(sheets.count + 1)
        out.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        if hasSharedStrings {
            out.append("<Relationship Id=\"rId"); out.appendDecimal(sheets.count + 2)
            out.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        out.append("</Relationships>")
        return Array(out.bytes)
    }

    func workbook() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 1024)
        out.append(Self.declaration)
        out.append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        out.append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        out.append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (offset, sheet) in sheets.enumerated() {
            out.append("<sheet name=\""); out.appendEscapedAttribute(sheet.name)
            out.append("\" sheetId=\""); out.appendDecimal(offset + 1)
            out.append("\" r:id=\"rId"); out.appendDecimal(offset + 1); out.append("\"/>")
        }
        out.append("</sheets>")
        if sheets.contains(where: { $0.autoFilter != nil || $0.printTitleRows != nil }) {
            out.append("<definedNames>")
            for (offset, sheet) in sheets.enumerated() {
                if let range = sheet.autoFilter {
                    out.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\""); out.appendDecimal(offset)
                    out.append("\" hidden=\"1\">")
                    out.appendEscapedText(Self.absoluteReference(sheet: sheet.name, range: range))
                    out.append("</definedName>")
                }
                if let rows = sheet.printTitleRows {
                    out.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\""); out.appendDecimal(offset)
                    out.append("\">")
                    out.appendEscapedText(Self.quoted(sheet.name) + "!$\(rows.lowerBound):$\(rows.upperBound)")
                    out.append("</definedName>")
                }
            }
            out.append("</definedNames>")
        }
        out.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>")
        return Array(out.bytes)
    }

    /// `'取組一覧'!$A$1:$C$9`: the sheet name quoted (apostrophes doubled), the range absolute.
    static func absoluteReference(sheet: String, range: CellRange) -> String {
        func absolute(_ cell: CellReference) -> String { "$" + CellReference.columnName(cell.column) + "$" + String(cell.row) }
        return quoted(sheet) + "!" + absolute(range.first) + ":" + absolute(range.last)
    }

    /// `'取組一覧'`: a sheet name quoted for a formula, apostrophes doubled.
    static func quoted(_ sheet: String) -> String {
        "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    func coreProperties() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 1024)
        out.append(Self.declaration)
        out.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
        out.append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
        out.append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        out.append("<dc:creator>"); out.appendEscapedText(options.creator); out.append("</dc:creator>")
        if let created = options.created {
            out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"); out.appendEscapedText(created); out.append("</dcterms:created>")
            out.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"); out.appendEscapedText(created); out.append("</dcterms:modified>")
        }
        out.append("</cp:coreProperties>")
        return Array(out.bytes)
    }

    func appProperties() -> [UInt8] {
        let out = XMLByteBuffer(capacity: 512)
        out.append(Self.declaration)
        out.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" ")
        out.append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        out.append("<Application>PlanSheet</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
        out.append("</Properties>")
        return Array(out.bytes)
    }
}
