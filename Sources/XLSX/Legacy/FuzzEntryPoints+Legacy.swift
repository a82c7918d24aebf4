import Foundation

extension FuzzEntryPoints {
    /// Small limits so each execution stays fast under ASan.
    static let legacyLimits = ReadLimits(
        maxEntrySize: 4 << 20, maxTotalSize: 16 << 20, maxSharedStrings: 100_000,
        maxStringLength: 1 << 20, maxRows: 100_000)

    /// Compound-file reader: index the bytes as an OLE2 file and read every root stream.
    static func compoundFile(_ bytes: Data) {
        [UInt8](bytes).withUnsafeBytes { buffer in
            guard let file = try? CompoundFile(bytes: buffer, fileName: "fuzz.xls", limits: legacyLimits) else { return }
            for stream in file.streams { _ = try? file.read(stream, limits: legacyLimits) }
        }
    }

    /// BIFF record reader without the container: the bytes are a workbook stream; read its globals and every sheet.
    static func biff(_ bytes: Data) {
        let stream = [UInt8](bytes)
        guard let globals = try? BIFFGlobals(stream: stream, fileName: "fuzz.xls", limits: legacyLimits) else { return }
        for entry in globals.sheets {
            let reader = BIFFSheetReader(globals: globals, stream: stream, fileName: "fuzz.xls", sheetName: entry.name, limits: legacyLimits)
            _ = try? reader.read(from: entry.offset) { _ in }
        }
    }

    /// ODS content parser without the ZIP layer: the bytes are `content.xml`; list the tables (by the byte
    /// scan and by libxml2, which must agree whenever both accept the document), then read the first.
    static func odsContent(_ bytes: Data) {
        let xml = [UInt8](bytes)
        let scan = try? ODSTableScan.scan(bytes: xml)
        let lister = ODSContentParser(fileName: "fuzz.ods", limits: legacyLimits, wantedTable: nil)
        guard (try? XMLPushParser.parse(bytes: xml, fileName: "fuzz.ods", partName: "content.xml", limits: legacyLimits, handler: lister)) != nil else {
            return
        }
        if let scan, scan.tables.map(\.name) != lister.tables.map(\.name) || scan.hiddenTableStyles != lister.hiddenTableStyles {
            fatalError("the table scan and libxml2 list different tables")
        }
        guard !lister.tables.isEmpty else { return }
        var rows = 0
        let reader = ODSContentParser(fileName: "fuzz.ods", limits: legacyLimits, wantedTable: 0) { _ in rows &+= 1 }
        _ = try? XMLPushParser.parse(bytes: xml, fileName: "fuzz.ods", partName: "content.xml", limits: legacyLimits, handler: reader)
    }
}
