import Foundation
import TestSupport

/// Minimal workbooks for tests: the package parts around one or more sheet XML bodies.
enum ReaderFixtures {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A worksheet part around `<sheetData>` contents (and anything after it, such as `<mergeCells>`).
    static func sheet(_ sheetData: String, before: String = "", after: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipsNamespace)">\(before)<sheetData>\(sheetData)</sheetData>\(after)</worksheet>
        """
    }

    /// A shared strings part from `<si>` bodies.
    static func sharedStrings(_ items: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(mainNamespace)\" count=\"\(items.count)\" uniqueCount=\"\(items.count)\">"
            + items.map { "<si>\($0)</si>" }.joined() + "</sst>"
    }

    /// A styles part whose cell formats use these number format ids, with custom format codes.
    static func styles(formatIDs: [Int], customFormats: [Int: String] = [:]) -> String {
        let numFmts = customFormats.sorted { $0.key < $1.key }
            .map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value.replacingOccurrences(of: "\"", with: "&quot;"))\"/>" }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(mainNamespace)\"><numFmts count=\"\(customFormats.count)\">\(numFmts)</numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formatIDs.count)\">" + formatIDs.map { "<xf numFmtId=\"\($0)\" xfId=\"0\"/>" }.joined() + "</cellXfs></styleSheet>"
    }

    /// A package builder with the standard parts for these sheets (name, XML) already added.
    static func builder(
        sheets: [(String, String)], sharedStrings: String? = nil, styles: String? = nil,
        workbookPr: String = ""
    ) -> ZipFixtureBuilder {
        var zip = ZipFixtureBuilder()
        zip.add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
            """)
        zip.add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationshipsNamespace)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        let sheetElements = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.0)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        zip.add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipsNamespace)">\
            \(workbookPr)<sheets>\(sheetElements)</sheets></workbook>
            """)
        var relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if sharedStrings != nil {
            relationships.append("<Relationship Id=\"rIdS\" Type=\"\(relationshipsNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        if styles != nil {
            relationships.append("<Relationship Id=\"rIdT\" Type=\"\(relationshipsNamespace)/styles\" Target=\"/xl/styles.xml\"/>")
        }
        zip.add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(relationships.joined())</Relationships>
            """)
        for (index, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", sheet.1) }
        if let sharedStrings { zip.add("xl/sharedStrings.xml", sharedStrings) }
        if let styles { zip.add("xl/styles.xml", styles) }
        return zip
    }

    /// A one-sheet workbook's bytes.
    static func workbook(_ sheetXML: String, sharedStrings: String? = nil, styles: String? = nil, workbookPr: String = "") -> Data {
        builder(sheets: [("Sheet1", sheetXML)], sharedStrings: sharedStrings, styles: styles, workbookPr: workbookPr).build()
    }
}
