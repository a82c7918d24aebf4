import Foundation
import Testing

/// Workbooks that are small on disk but ask a careless reader for gigabytes or hours: each built
/// here, byte by byte, by ``HostileZip``.
enum HostileSheet: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// A plan header, then 2,000 rows each with a title in A and one cell in XFD, the last column.
    case lastColumnInEveryRow
    /// 300 rows with values in A, C and XFD under a thousand copies of the merge `A2:XFD300`.
    case mergeBomb
    /// 250 rows of 16,384 cells with no value (`<c/>`).
    case emptyCellsInEveryColumn
    /// 40 rows of 16,384 cells holding the empty shared string.
    case emptyStringsInEveryColumn
    /// 1,048,575 rows below the header, one number each: every row Excel has.
    case everyRowOfOneCell
    /// A million shared strings, declared as sixteen million.
    case hugeSharedStringTable
    /// Half a million cell formats, the last one used.
    case halfAMillionStyles
    /// A styles part nested 200,000 elements deep.
    case deeplyNestedStyles

    var testDescription: String { rawValue }

    static let header = #"<row r="1">"# + cell("A1", "取組項目") + cell("B1", "指標名") + cell("C1", "Ｒ２年度目標") + cell("D1", "Ｒ２年度実績") + "</row>"

    static func cell(_ reference: String, _ text: String) -> String {
        #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
    }

    /// The workbook's bytes.
    var bytes: [UInt8] {
        switch self {
        case .lastColumnInEveryRow:
            let rows = (2...2_001).map { #"<row r="\#($0)">"# + Self.cell("A\($0)", "取組\($0)") + Self.cell("XFD\($0)", "x") + "</row>" }
            return HostileZip.workbook(sheetData: Self.header + rows.joined()).bytes
        case .mergeBomb:
            let rows = (2...300).map {
                #"<row r="\#($0)">"# + Self.cell("A\($0)", "取組\($0)") + #"<c r="C\#($0)"><v>\#($0)</v></c>"# + Self.cell("XFD\($0)", "x") + "</row>"
            }
            let merges = #"<mergeCells count="1000">"# + String(repeating: #"<mergeCell ref="A2:XFD300"/>"#, count: 1_000) + "</mergeCells>"
            return HostileZip.workbook(sheetXML: Self.sheet(Self.header + rows.joined(), after: merges)).bytes
        case .emptyCellsInEveryColumn:
            let row = String(repeating: "<c/>", count: 16_384)
            return HostileZip.workbook(sheetData: Self.header + (2...251).map { #"<row r="\#($0)">"# + row + "</row>" }.joined()).bytes
        case .emptyStringsInEveryColumn:
            let row = String(repeating: #"<c t="s"><v>0</v></c>"#, count: 16_384)
            return HostileZip.workbook(
                sheetData: Self.header + (2...41).map { #"<row r="\#($0)">"# + row + "</row>" }.joined(),
                sharedStrings: "<si><t></t></si>"
            ).bytes
        case .everyRowOfOneCell:
            var rows = Self.header
            rows.reserveCapacity(40 << 20)
            for row in 2...1_048_576 { rows += #"<row r="\#(row)"><c r="A\#(row)"><v>\#(row)</v></c></row>"# }
            return HostileZip.workbook(sheetData: rows).bytes
        case .hugeSharedStringTable:
            let strings = (0..<1_000_000).map { "<si><t>\($0)</t></si>" }.joined()
            var zip = HostileZip.workbook(
                sheetData: Self.header + #"<row r="2"><c r="A2" t="s"><v>999999</v></c></row>"#,
                sharedStrings: strings)
            if let index = zip.index(of: "xl/sharedStrings.xml") {
                zip.entries[index].contents = Array(
                    ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "count=\"16000000\" uniqueCount=\"16000000\">" + strings + "</sst>").utf8)
            }
            return zip.bytes
        case .halfAMillionStyles:
            let styles =
                #"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="500000">"#
                + String(repeating: #"<xf numFmtId="164"/>"#, count: 500_000) + "</cellXfs>"
            return HostileZip.workbook(
                sheetData: Self.header + #"<row r="2"><c r="A2" s="499999"><v>1</v></c></row>"#,
                styles: styles
            ).bytes
        case .deeplyNestedStyles:
            return HostileZip.workbook(
                sheetData: Self.header,
                styles: String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000)
            ).bytes
        }
    }

    private static func sheet(_ data: String, after: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + "<sheetData>\(data)</sheetData>\(after)</worksheet>"
    }
}
