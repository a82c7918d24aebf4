import Foundation

/// libFuzzer entry point for the part parsers without the ZIP layer: the first byte
/// picks the parser (sheet, shared strings, styles, workbook, relationships, content
/// types), the rest is fed to it as the part's XML through the SAX2 push parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func partsFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let xml = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = ReadLimits(maxSharedStrings: 100_000, maxStringLength: 1 << 20, maxRows: 100_000)
    let handler: XMLEventHandler
    switch selector % 6 {
    case 0, 1:
        // Sheets are the hot path: two of six selectors, one with styles that make dates.
        let styles = selector % 6 == 0 ? CellStyles.none : CellStyles(kinds: [.number, .date, .duration])
        handler = SheetParser(sharedStrings: ["a", "b", "漢字"], styles: styles, date1904: selector & 0x80 != 0,
                              limits: limits, fileName: "fuzz.xlsx", partName: "xl/worksheets/sheet1.xml") { row in
            _ = row.values
            var csv = CSVRowEncoder(), out: [UInt8] = []
            csv.appendRow(row, to: &out)
        }
    case 2: handler = SharedStringsParser(limits: limits, fileName: "fuzz.xlsx", partName: "xl/sharedStrings.xml")
    case 3: handler = StylesParser()
    case 4: handler = WorkbookPartParser(maxSheets: 1_000, fileName: "fuzz.xlsx", partName: "xl/workbook.xml")
    default: handler = selector & 0x80 != 0 ? ContentTypesParser() : RelationshipsParser()
    }
    try? XMLPushParser.parse(bytes: xml, fileName: "fuzz.xlsx", partName: "part.xml", handler: handler)
    if let styles = handler as? StylesParser { _ = styles.styles.kind(ofStyle: 3) }
    return 0
}
