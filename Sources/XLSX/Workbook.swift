import Foundation

/// An `.xlsx` (or `.xlsm`) workbook opened for reading; legacy `.xls` and OpenDocument
/// `.ods` files open through the same API (the format is told by content, see Docs/LEGACY.md).
///
/// Opening reads the archive's directory and the workbook part only; shared
/// strings and styles are read once, when the first sheet is read. Sheets are
/// streamed row by row, so memory holds the shared strings and one row.
///
/// ```swift
/// let book = try Workbook(contentsOf: url)
/// for sheet in book.sheets where sheet.state == .visible && sheet.kind == .worksheet {
///     try book.forEachRow(in: sheet) { row in print(row.number, row[0]) }
/// }
/// ```
///
/// A `Workbook` is not safe to use from several threads at once; open one per thread.
public final class Workbook {
    /// The file's display name (its path), used in every error.
    public let fileName: String
    /// The sheets in tab order, chart sheets included.
    public let sheets: [SheetInfo]
    /// Whether the workbook counts dates from 1904 (old Mac Excel). Dates are converted on reading either way.
    public let date1904: Bool
    /// The safety limits in force.
    public let limits: ReadLimits

    /// The XLSX package; nil when ``legacyReader`` reads another format.
    let archive: ZipArchive?
    /// The reader of a `.xls` or `.ods` file, or nil for XLSX.
    private let legacyReader: LegacyWorkbookReader?
    private let workbookPart: String
    private let sharedStringsPart: String?
    private let stylesPart: String?
    private var loadedSharedStrings: SharedStringArena?
    private var loadedStyles: CellStyles?
    /// Which parser reads worksheet parts (tests set it to compare both).
    var sheetParserChoice = SheetParserChoice.fromEnvironment
    /// How many sheets the scanner handed back to libxml2 (tests check the corpus needs none).
    private(set) var scannerFallbacks = 0
    /// How many times the shared-string table went to libxml2 after the scanner handed it back.
    private(set) var sharedStringsFallbacks = 0
    /// How many bytes of the shared-string table stay in memory before the rest spills to a
    /// temporary file (``SharedStringArena/configuredBudget``; tests force a small one).
    var sharedStringBudget = SharedStringArena.configuredBudget
    /// The folder a larger table spills to; nil: `$TMPDIR`, else `/tmp`.
    var spillDirectory: String?

    /// Opens a workbook file. Parts are read from the file as they are needed, not copied
    /// whole; a file that changes while it is read ends in an error naming it.
    public convenience init(contentsOf url: URL, limits: ReadLimits = .default) throws {
        let bytes: ArchiveBytes
        do {
            bytes = try ArchiveBytes(reading: url.path)
        } catch let error as ArchiveBytes.ReadFailure {
            throw XLSXError.unreadable(file: url.path, reason: error.reason)
        }
        try self.init(bytes: bytes, name: url.path, limits: limits)
    }

    /// Opens a workbook held in memory; `name` is what errors call it.
    public convenience init(data: Data, name: String, limits: ReadLimits = .default) throws {
        try self.init(bytes: ArchiveBytes(data: data), name: name, limits: limits)
    }

    private init(bytes: ArchiveBytes, name: String, limits: ReadLimits) throws {
        fileName = name
        self.limits = limits
        let archive: ZipArchive
        switch try LegacyFormats.open(bytes, fileName: name, limits: limits) {
        case .legacy(let reader):
            (legacyReader, self.archive, workbookPart, sharedStringsPart, stylesPart) = (reader, nil, "", nil, nil)
            (sheets, date1904) = (reader.sheets, reader.date1904)
            return
        case .xlsx(let package):
            (legacyReader, archive, self.archive) = (nil, package, package)
        }
        let workbookPart = try Self.findWorkbookPart(in: archive, limits: limits)
        self.workbookPart = workbookPart
        guard let workbookEntry = archive.entry(named: workbookPart) else {
            throw XLSXError.missingPart(file: name, part: workbookPart)
        }
        let workbookParser = WorkbookPartParser(maxSheets: limits.maxSheets, fileName: name, partName: workbookPart)
        try XMLPushParser.parse(workbookEntry, in: archive, limits: limits, handler: workbookParser)
        date1904 = workbookParser.date1904

        let relationships = try Self.relationships(of: workbookPart, in: archive, limits: limits, required: true)
        var byID: [String: Relationship] = [:]
        for relationship in relationships where byID[relationship.id] == nil { byID[relationship.id] = relationship }
        sheets = workbookParser.sheets.enumerated().map { offset, entry in
            let relationship = entry.relationshipID.flatMap { byID[$0] }
            let kind: SheetInfo.Kind
            switch relationship?.kind.lowercased() {
            case "worksheet": kind = .worksheet
            case "chartsheet": kind = .chartsheet
            case "dialogsheet": kind = .dialogsheet
            case "macrosheet", "xlmacrosheet", "intlmacrosheet": kind = .macrosheet
            case nil: kind = .worksheet
            default: kind = .unknown
            }
            let part = relationship.flatMap { $0.isExternal ? nil : PartPath.resolve($0.target, from: workbookPart) }
            return SheetInfo(name: entry.name, state: entry.state, kind: kind, index: offset + 1, partName: part)
        }
        func part(ofKind kind: String, fallback: String) -> String? {
            if let relationship = relationships.first(where: { $0.kind.lowercased() == kind.lowercased() && !$0.isExternal }) {
                return PartPath.resolve(relationship.target, from: workbookPart)
            }
            let guess = PartPath.split(workbookPart).folder + fallback
            return archive.contains(guess) ? guess : nil
        }
        sharedStringsPart = part(ofKind: "sharedStrings", fallback: "sharedStrings.xml")
        stylesPart = part(ofKind: "styles", fallback: "styles.xml")
    }

    /// The sheet with this tab name (exact match first, then case-insensitive, as Excel treats names).
    public func sheet(named name: String) -> SheetInfo? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The sheet at a one-based tab position (chart sheets count), or nil.
    public func sheet(at index: Int) -> SheetInfo? {
        index >= 1 && index <= sheets.count ? sheets[index - 1] : nil
    }

    /// Streams a sheet's rows in file order, each holding the cells with a value or a formula.
    ///
    /// Only the current row is in memory; rows without any such cell are skipped,
    /// so `row.number` may jump. Chart sheets have no rows.
    public func forEachRow(in sheet: SheetInfo, _ body: (Row) throws -> Void) throws {
        if let legacyReader {
            guard sheet.kind == .worksheet || sheet.kind == .macrosheet || sheet.kind == .dialogsheet else { return }
            _ = try legacyReader.readSheet(sheet, body)
            return
        }
        _ = try readSheet(sheet) { raw, strings in try body(try raw.row(strings: strings)) }
    }

    /// Streams a sheet's rows as the parser holds them (text as bytes, shared strings as
    /// indices into `strings`), for exports that never need a `String`; false (nothing read)
    /// for .xls and .ods workbooks, whose readers give ``Row``s only.
    func forEachRawRow(in sheet: SheetInfo, _ body: (RawRow, SharedStringArena) throws -> Void) throws -> Bool {
        guard legacyReader == nil else { return false }
        _ = try readSheet(sheet, body)
        return true
    }

    /// Reads a whole sheet into memory, with its merged ranges.
    public func grid(of sheet: SheetInfo) throws -> SheetGrid {
        var rows: [SparseRow<CellValue>] = []
        func place(_ row: Row) throws {
            // Sparse, so a row whose one value is in column XFD costs one value, not 16,384.
            let values = SparseRow(cells: row.cells)
            guard values.entryCount > 0 else { return }
            if rows.count < row.number { rows.append(contentsOf: repeatElement(SparseRow(), count: row.number - rows.count)) }
            rows[row.number - 1] = values
        }
        var read = SheetLayout()
        if let legacyReader {
            if sheet.kind == .worksheet || sheet.kind == .macrosheet || sheet.kind == .dialogsheet {
                read = try legacyReader.readSheet(sheet) { try place($0) }
            }
        } else {
            read = try readSheet(sheet) { raw, strings in try place(try raw.row(strings: strings)) }
        }
        return SheetGrid(
            rows: rows, mergedRanges: read.mergedRanges, hiddenRows: read.hiddenRows,
            hiddenColumns: read.hiddenColumns, numberFormats: read.numberFormats)
    }

    /// The shared string table, read on first use.
    public func sharedStrings() throws -> [String] { try sharedStringArena().strings }

    /// The shared string table as read (one byte arena), read on first use.
    func sharedStringArena() throws -> SharedStringArena {
        if let loadedSharedStrings { return loadedSharedStrings }
        var strings = SharedStringArena()
        if let sharedStringsPart, let archive, let entry = archive.entry(named: sharedStringsPart) {
            func makeParser() -> SharedStringsParser {
                SharedStringsParser(
                    limits: limits, fileName: fileName, partName: entry.name, expectedBytes: entry.uncompressedSize,
                    residentBudget: sharedStringBudget, spillDirectory: spillDirectory)
            }
            var parsed: SharedStringsParser?
            if sheetParserChoice == .scanner {
                // The table is read by the sheet scanner too (it is a large part in text-heavy
                // workbooks); whatever the scanner hands back, libxml2 reads from the start.
                let parser = makeParser()
                let inflatedBefore = archive.inflatedTotal
                do {
                    try SheetScanner.parse(entry, in: archive, limits: limits, handler: parser)
                    parsed = parser
                } catch is SheetScannerFallback {
                    sharedStringsFallbacks += 1
                    archive.inflatedTotal = inflatedBefore
                }
            }
            if parsed == nil {
                let parser = makeParser()
                try XMLPushParser.parse(entry, in: archive, limits: limits, handler: parser)
                parsed = parser
            }
            strings = try parsed?.finishedStrings() ?? SharedStringArena()
        }
        loadedSharedStrings = strings
        return strings
    }

    func styles() throws -> CellStyles {
        if let loadedStyles { return loadedStyles }
        var styles = CellStyles.none
        if let stylesPart, let archive, let entry = archive.entry(named: stylesPart) {
            let parser = StylesParser()
            try XMLPushParser.parse(entry, in: archive, limits: limits, handler: parser)
            styles = parser.styles
        }
        loadedStyles = styles
        return styles
    }

    /// What a sheet says besides its rows (every format's reader returns one).
    struct SheetLayout {
        var mergedRanges: [CellRange] = []
        var hiddenRows: Set<Int> = []
        var hiddenColumns: [ClosedRange<Int>] = []
        var numberFormats: [CellReference: String] = [:]

        init() {}

        init(_ parser: SheetParser) {
            mergedRanges = parser.mergedRanges
            hiddenRows = parser.hiddenRows
            hiddenColumns = parser.hiddenColumns
            numberFormats = parser.numberFormats
        }
    }

    /// Streams a sheet and returns its merged ranges, hidden rows and columns and display formats.
    private func readSheet(_ sheet: SheetInfo, _ body: (RawRow, SharedStringArena) throws -> Void) throws -> SheetLayout {
        guard sheet.kind == .worksheet || sheet.kind == .macrosheet || sheet.kind == .dialogsheet else { return SheetLayout() }
        guard let partName = sheet.partName else {
            throw XLSXError.missingPart(file: fileName, part: "worksheet for sheet \"\(sheet.name)\" (no relationship)")
        }
        guard let archive, let entry = archive.entry(named: partName) else {
            throw XLSXError.missingPart(file: fileName, part: partName)
        }
        let strings = try sharedStringArena()
        let styles = try styles()
        let stringsPart = sharedStringsPart ?? "xl/sharedStrings.xml"
        return try withoutActuallyEscaping(body) { escapable in
            /// Hands a row on; a spilled string that cannot be read back names the workbook and its table.
            func deliver(_ row: RawRow) throws {
                do {
                    try escapable(row, strings)
                } catch let failure as SpillFile.Failure {
                    throw XLSXError(failure, file: fileName, part: stringsPart)
                }
            }
            var delivered = 0
            if sheetParserChoice == .scanner {
                let parser = SheetParser(
                    sharedStrings: strings, styles: styles, date1904: date1904, limits: limits,
                    fileName: fileName, partName: entry.name
                ) { row in
                    try deliver(row)
                    delivered += 1
                }
                parser.sheetName = sheet.name
                let inflatedBefore = archive.inflatedTotal
                do {
                    try SheetScanner.parse(entry, in: archive, limits: limits, handler: parser)
                    return SheetLayout(parser)
                } catch is SheetScannerFallback {
                    // libxml2 reads the whole sheet again; the rows already delivered are the
                    // same rows it finds first (the scanner sends nothing it has not fully
                    // understood), so they are skipped, not sent twice.
                    scannerFallbacks += 1
                    // The part is inflated once more; count it once against maxTotalSize.
                    archive.inflatedTotal = inflatedBefore
                }
            }
            var skip = delivered
            let parser = SheetParser(
                sharedStrings: strings, styles: styles, date1904: date1904, limits: limits,
                fileName: fileName, partName: entry.name
            ) { row in
                if skip > 0 { skip -= 1; return }
                try deliver(row)
            }
            parser.sheetName = sheet.name
            try XMLPushParser.parse(entry, in: archive, limits: limits, handler: parser)
            return SheetLayout(parser)
        }
    }

    /// The workbook part: from `_rels/.rels`, else `[Content_Types].xml`, else `xl/workbook.xml`.
    private static func findWorkbookPart(in archive: ZipArchive, limits: ReadLimits) throws -> String {
        let packageRelationships = try relationships(of: "", in: archive, limits: limits, required: false)
        if let document = packageRelationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) {
            let part = PartPath.resolve(document.target, from: "")
            if archive.contains(part) { return part }
        }
        if let entry = archive.entry(named: "[Content_Types].xml") {
            let parser = ContentTypesParser()
            try XMLPushParser.parse(entry, in: archive, limits: limits, handler: parser)
            if let part = parser.workbookParts.map({ PartPath.resolve($0, from: "") }).first(where: archive.contains) {
                return part
            }
        }
        for guess in ["xl/workbook.xml", "workbook.xml"] where archive.contains(guess) { return guess }
        throw XLSXError.missingPart(file: archive.fileName, part: "xl/workbook.xml (no workbook in the package)")
    }

    /// The relationships of a part (`""` for the package itself).
    private static func relationships(
        of part: String, in archive: ZipArchive, limits: ReadLimits,
        required: Bool
    ) throws -> [Relationship] {
        let relsPart = part.isEmpty ? "_rels/.rels" : PartPath.relationshipsPart(of: part)
        guard let entry = archive.entry(named: relsPart) else {
            if required { throw XLSXError.missingPart(file: archive.fileName, part: relsPart) }
            return []
        }
        let parser = RelationshipsParser()
        try XMLPushParser.parse(entry, in: archive, limits: limits, handler: parser)
        return parser.relationships
    }
}
