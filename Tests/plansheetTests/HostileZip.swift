import CZlib
import Foundation
import TestSupport

/// The hostile-input suites' archives: TestSupport's ZIP builder, compressing at zlib's best level so
/// a bomb reaches its ratio, with a minimal workbook to break.
typealias HostileZip = ZipFixtureBuilder

extension ZipFixtureBuilder {
    /// A minimal workbook: one sheet named `sheetName` with the given `<sheetData>` body (or whole
    /// sheet XML when `sheetXML` is set), and a shared-string part when `sharedStrings` is given.
    static func workbook(
        sheetData: String = "", sheetXML: String? = nil, sharedStrings: String? = nil,
        styles: String? = nil, sheetName: String = "調査票", extraSheets: Int = 0
    ) -> HostileZip {
        var zip = HostileZip()
        zip.compressionLevel = Z_BEST_COMPRESSION
        zip.add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>
            """)
        zip.add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        let sheets = (0...extraSheets).map { index in
            "<sheet name=\"\(index == 0 ? sheetName : "S\(index)")\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        zip.add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheets)</sheets></workbook>
            """)
        var relationships = (0...extraSheets).map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        }.joined()
        if sharedStrings != nil {
            relationships +=
                "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        if styles != nil {
            relationships +=
                "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        }
        zip.add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """)
        zip.add(
            "xl/worksheets/sheet1.xml",
            sheetXML ?? """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetData>\(sheetData)</sheetData></worksheet>
                """)
        if let styles {
            zip.add("xl/styles.xml", #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + styles + "</styleSheet>")
        }
        if let sharedStrings {
            zip.add(
                "xl/sharedStrings.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(sharedStrings)</sst>
                """)
        }
        return zip
    }
}
