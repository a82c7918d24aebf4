import Foundation

/// An OpenDocument spreadsheet (`.ods`, `.ots`) read through the ZIP layer and libxml2.
///
/// Opening checks `mimetype` (when there is one: OpenSpout and others leave it out or
/// compress it), refuses an encrypted package from `META-INF/manifest.xml` before
/// touching `content.xml`, and scans `content.xml` once for the table list. Each sheet
/// read streams `content.xml` again up to the end of that table, so memory holds one
/// row, never the document.
final class ODSWorkbook: LegacyWorkbookReader {
    let sheets: [SheetInfo]
    /// ODF stores dates as ISO 8601 text, so there is no serial epoch to choose.
    let date1904 = false
    private let archive: ZipArchive
    private let content: ZipEntry
    private let limits: ReadLimits

    /// The MIME types of OpenDocument spreadsheets and their templates.
    static let spreadsheetMimePrefix = "application/vnd.oasis.opendocument.spreadsheet"

    private init(archive: ZipArchive, content: ZipEntry, limits: ReadLimits) throws {
        self.archive = archive
        self.content = content
        self.limits = limits
        let (tables, hiddenTableStyles) = try Self.listTables(content, in: archive, limits: limits)
        guard tables.count <= limits.maxSheets else {
            throw XLSXError.limitExceeded(
                file: archive.fileName, part: "content.xml",
                limit: "\(tables.count) tables, more than the \(limits.maxSheets) sheets allowed")
        }
        sheets = tables.enumerated().map { offset, table in
            let hidden = table.styleName.map(hiddenTableStyles.contains) ?? false
            return SheetInfo(name: table.name, state: hidden ? .hidden : .visible, kind: .worksheet, index: offset + 1, partName: "content.xml")
        }
    }

    /// The workbook when `archive` is an OpenDocument package, nil when it is something else (XLSX).
    static func openIfOpenDocument(_ archive: ZipArchive, limits: ReadLimits) throws -> ODSWorkbook? {
        let mimeType = try Self.mimeType(in: archive, limits: limits)
        if let mimeType {
            guard mimeType.hasPrefix("application/vnd.oasis.opendocument") else { return nil }
            guard mimeType.hasPrefix(spreadsheetMimePrefix) else {
                throw XLSXError.unsupportedFormat(file: archive.fileName, format: "an OpenDocument file of type \(mimeType), not a spreadsheet")
            }
        } else {
            // No mimetype: an ODF package all the same when it has the ODF parts and none of OOXML's.
            guard archive.contains("content.xml"), archive.contains("META-INF/manifest.xml"),
                !archive.contains("[Content_Types].xml")
            else { return nil }
        }
        if let manifest = archive.entry(named: "META-INF/manifest.xml") {
            let check = ODSManifestParser()
            try XMLPushParser.parse(manifest, in: archive, limits: limits, handler: check)
            if let method = check.encryptionMethod {
                throw XLSXError.encryptedWorkbook(file: archive.fileName, format: "OpenDocument (.ods)", method: method)
            }
        }
        guard let content = archive.entry(named: "content.xml") else {
            throw XLSXError.missingPart(file: archive.fileName, part: "content.xml (OpenDocument spreadsheet without its content)")
        }
        return try ODSWorkbook(archive: archive, content: content, limits: limits)
    }

    func readSheet(_ sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> Workbook.SheetLayout {
        try withoutActuallyEscaping(body) { escapable in
            let parser = ODSContentParser(fileName: archive.fileName, limits: limits, wantedTable: sheet.index - 1, deliver: escapable)
            // Each read inflates content.xml again; count it once against maxTotalSize.
            let inflatedBefore = archive.inflatedTotal
            defer { archive.inflatedTotal = inflatedBefore }
            do {
                try XMLPushParser.parse(content, in: archive, limits: limits, handler: parser)
            } catch is ODSContentParser.Finished {
                // The table has ended: the rest of the document is other sheets.
            }
            return parser.layout
        }
    }

    /// The tables and hidden table styles of `content.xml`: from a byte scan (``ODSTableScan``), or,
    /// when the scan is unsure, from libxml2, which also refuses what is not well-formed.
    private static func listTables(
        _ content: ZipEntry, in archive: ZipArchive,
        limits: ReadLimits
    ) throws -> ([ODSContentParser.Table], Set<String>) {
        let inflatedBefore = archive.inflatedTotal
        do {
            let scan = try ODSTableScan.scan(content, in: archive, limits: limits)
            return (scan.tables, scan.hiddenTableStyles)
        } catch is ODSTableScan.Unsure {
            // content.xml is inflated once more; count it once against maxTotalSize.
            archive.inflatedTotal = inflatedBefore
        }
        let lister = ODSContentParser(fileName: archive.fileName, limits: limits, wantedTable: nil)
        try XMLPushParser.parse(content, in: archive, limits: limits, handler: lister)
        return (lister.tables, lister.hiddenTableStyles)
    }

    /// The `mimetype` entry's text, or nil when the package has none.
    private static func mimeType(in archive: ZipArchive, limits: ReadLimits) throws -> String? {
        guard let entry = archive.entry(named: "mimetype") else { return nil }
        guard entry.uncompressedSize <= 256 else { return "" }
        var bytes: [UInt8] = []
        try archive.read(entry, limits: limits) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
