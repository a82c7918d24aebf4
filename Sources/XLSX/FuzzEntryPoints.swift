import Foundation

/// What the fuzz targets in `Fuzz/` run on each input, kept here so the regression
/// tests replay a saved crash input through exactly the same code (`@testable import XLSX`).
///
/// Every function swallows the reader's errors: a thrown error is a correct answer to
/// a broken input. A trap, a hang or a sanitizer report is a finding.
enum FuzzEntryPoints {
    /// ZIP reader: index the bytes as an archive and inflate every entry with CRC and limits checked.
    static func zip(_ bytes: Data) {
        let limits = ReadLimits(maxEntrySize: 8 << 20, maxTotalSize: 32 << 20)
        guard let archive = try? ZipArchive(data: bytes, fileName: "fuzz.xlsx") else { return }
        for entry in archive.entries {
            var total = 0
            try? archive.read(entry, limits: limits) { chunk in total &+= chunk.count }
            _ = archive.entry(named: entry.name)
        }
    }

    /// Whole reader: open the bytes as a workbook and stream every sheet to CSV, as
    /// `plansheet convert` does; the first sheet also to JSON Lines and a grid.
    static func workbook(_ bytes: Data) {
        // Small limits keep executions fast (a mutated 2 MB sheet costs seconds under ASan);
        // the ZIP target covers large entries.
        let limits = ReadLimits(
            maxEntrySize: 1 << 20, maxTotalSize: 4 << 20, maxSharedStrings: 100_000,
            maxStringLength: 1 << 20, maxRows: 100_000)
        guard let book = try? Workbook(data: bytes, name: "fuzz.xlsx", limits: limits) else { return }
        for sheet in book.sheets {
            var csv = CSVRowEncoder()
            _ = try? SheetExporter.export(sheet, of: book, encoder: &csv) { _ in }
        }
        if let first = book.sheets.first {
            var jsonl = JSONLinesRowEncoder()
            _ = try? SheetExporter.export(first, of: book, encoder: &jsonl) { _ in }
            _ = try? book.grid(of: first)
        }
    }

    /// Part parsers without the ZIP layer: the first byte picks the parser (sheet with or
    /// without date styles, shared strings, styles, workbook, relationships or content
    /// types), the rest is that part's XML.
    static func parts(_ bytes: Data) {
        guard let selector = bytes.first else { return }
        let xml = [UInt8](bytes.dropFirst())
        let limits = ReadLimits(maxSharedStrings: 100_000, maxStringLength: 1 << 20, maxRows: 100_000)
        let handler: XMLEventHandler
        switch selector % 6 {
        case 0, 1:
            // Sheets are the hot path: two of six selectors, one with styles that make dates and durations.
            let styles = selector % 6 == 0 ? CellStyles.none : CellStyles(kinds: [.number, .date, .duration])
            handler = SheetParser(
                sharedStrings: ["a", "b", "漢字"], styles: styles, date1904: selector & 0x80 != 0,
                limits: limits, fileName: "fuzz.xlsx", partName: "xl/worksheets/sheet1.xml"
            ) { row in
                var csv = CSVRowEncoder(), jsonl = JSONLinesRowEncoder(), out: [UInt8] = []
                csv.appendRow(row, to: &out)
                jsonl.appendRow(row, to: &out)
            }
        case 2: handler = SharedStringsParser(limits: limits, fileName: "fuzz.xlsx", partName: "xl/sharedStrings.xml")
        case 3: handler = StylesParser()
        case 4: handler = WorkbookPartParser(maxSheets: 1_000, fileName: "fuzz.xlsx", partName: "xl/workbook.xml")
        default: handler = selector & 0x80 != 0 ? ContentTypesParser() : RelationshipsParser()
        }
        try? XMLPushParser.parse(bytes: xml, fileName: "fuzz.xlsx", partName: "part.xml", limits: limits, handler: handler)
        if let styles = handler as? StylesParser { _ = styles.styles.kind(ofStyle: 3) }
        if selector % 6 < 2 { compareSheetPaths(xml, chunkSize: Int(selector >> 3) + 1, limits: limits) }
    }

    /// Differential check of the two sheet paths: when the hand-written scanner reads a
    /// sheet without handing it back, libxml2 must read the same rows; a difference traps,
    /// so the fuzzer keeps the input. Small chunk sizes split tokens across chunk boundaries.
    static func compareSheetPaths(_ xml: [UInt8], chunkSize: Int, limits: ReadLimits) {
        final class Rows { var lines: [String] = [] }
        func sheetParser(into rows: Rows) -> SheetParser {
            SheetParser(
                sharedStrings: ["a", "b", "漢字"], styles: CellStyles(kinds: [.number, .date, .duration]),
                date1904: false, limits: limits, fileName: "fuzz.xlsx",
                partName: "xl/worksheets/sheet1.xml"
            ) { row in
                // Text, not values: NaN read from "nan" must compare equal to itself.
                rows.lines.append("\(row.number):" + row.cells.map { "\($0.column)=\($0.value)|\($0.formula ?? "")" }.joined(separator: ","))
            }
        }
        let scanned = Rows(), parsed = Rows()
        let scannedOK: Bool
        do {
            try SheetScanner.parse(bytes: xml, chunkSize: chunkSize, limits: limits, handler: sheetParser(into: scanned))
            scannedOK = true
        } catch is SheetScannerFallback {
            return
        } catch {
            scannedOK = false
        }
        let parsedOK =
            (try? XMLPushParser.parse(
                bytes: xml, fileName: "fuzz.xlsx", partName: "part.xml",
                limits: limits, handler: sheetParser(into: parsed))) != nil
        if scannedOK != parsedOK || (scannedOK && scanned.lines != parsed.lines) {
            fatalError("sheet scanner and libxml2 disagree: scanner \(scannedOK ? "read" : "failed"), libxml2 \(parsedOK ? "read" : "failed")")
        }
    }

    /// CSV and JSON Lines readers: the first byte picks the encoding (detected, UTF-8,
    /// UTF-8 with BOM, CP932), the separator (comma or tab) and whether the rest is also
    /// read as JSON Lines; every CSV field goes through value inference.
    static func csv(_ bytes: Data) {
        guard let selector = bytes.first else { return }
        let text = Data(bytes.dropFirst())
        let encodings: [CSVEncoding?] = [nil, .utf8, .utf8BOM, .cp932]
        var reader = CSVReader(data: text, name: "fuzz.csv", encoding: encodings[Int(selector & 3)])
        reader.separator = selector & 4 == 0 ? UInt8(ascii: ",") : UInt8(ascii: "\t")
        reader.limits = ReadLimits(maxStringLength: 1 << 20)
        try? reader.forEachRow { fields in
            for field in fields { _ = CSVValueInference.value(of: field) }
        }
        if selector & 8 != 0 {
            var lines = JSONLinesReader(data: text, name: "fuzz.jsonl")
            try? lines.forEachRow { values in _ = values.count }
        }
    }
}
