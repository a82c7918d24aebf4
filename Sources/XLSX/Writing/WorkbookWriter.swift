import Foundation

/// Writes an XLSX workbook, streaming: sheets are written one after another, each row
/// compressed as it is appended, so memory stays flat however large the workbook.
///
/// ```swift
/// try WorkbookWriter.write(to: url) { book in
///     try book.addSheet(named: "取組一覧") { sheet in
///         sheet.freezePanes(rows: 1)
///         try sheet.append(["取組項目", "目標", "実績"], style: .header)
///         try sheet.append([.string("ＲＰＡ導入"), .number(50), .date(ExcelDate(year: 2020, month: 4, day: 1))])
///     }
/// }
/// ```
///
/// The output follows the rules that make Excel refuse or repair a file (sheet names,
/// cell and grid limits, characters XML cannot carry), reporting violations as
/// ``XLSXWriteError``s, and is deterministic: the same calls give the same bytes.
public final class WorkbookWriter {
    /// The options this workbook is written with.
    public let options: WorkbookWriterOptions
    let zip: ZipWriter
    let styles: StyleSheet
    private var sharedStringTable: SharedStringTable?
    private var sheets: [WorkbookParts.Sheet] = []
    private var foldedNames: Set<String> = []
    private var sheetOpen = false
    private var finished = false

    /// Makes a writer that sends the workbook to `sink`; call ``finish()`` at the end.
    /// The static `write` functions do both and are the usual way in.
    public init(sink: ZipWriterSink, options: WorkbookWriterOptions = .init()) {
        self.options = options
        zip = ZipWriter(sink: sink, compressionLevel: options.compressionLevel)
        styles = StyleSheet(defaultFontName: options.fontName)
    }

    /// Names of the sheets added so far, in order.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Writes a workbook to `url`: into a temporary file beside it, renamed into place only
    /// when `body` and the writing succeed. An existing file is refused unless
    /// ``WorkbookWriterOptions/replaceExisting`` is set, and is never touched on failure.
    public static func write(
        to url: URL, options: WorkbookWriterOptions = .init(),
        _ body: (WorkbookWriter) throws -> Void
    ) throws {
        let target = url.standardizedFileURL
        let file = try AtomicOutputFile(target: target, replacing: options.replaceExisting)
        do {
            let sink = FileDescriptorSink(descriptor: file.descriptor, name: target.path)
            let book = WorkbookWriter(sink: sink, options: options)
            try body(book)
            try book.finish()
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes a workbook to an open file handle, such as `FileHandle.standardOutput`.
    public static func write(
        to handle: FileHandle, options: WorkbookWriterOptions = .init(),
        _ body: (WorkbookWriter) throws -> Void
    ) throws {
        try write(to: FileDescriptorSink(handle: handle), options: options, body)
    }

    /// Writes a workbook to any sink.
    public static func write(
        to sink: ZipWriterSink, options: WorkbookWriterOptions = .init(),
        _ body: (WorkbookWriter) throws -> Void
    ) throws {
        let book = WorkbookWriter(sink: sink, options: options)
        try body(book)
        try book.finish()
    }

    /// Writes a workbook into memory and returns its bytes; for small workbooks and tests.
    public static func data(options: WorkbookWriterOptions = .init(), _ body: (WorkbookWriter) throws -> Void) throws -> Data {
        let sink = MemorySink()
        try write(to: sink, options: options, body)
        return sink.data
    }

    /// Adds a sheet and writes it: `body` appends its rows and makes its settings; the
    /// sheet is complete when `body` returns. Sheet names follow Excel's rules: 1–31
    /// characters, none of `: \ / ? * [ ]`, not starting or ending with `'`, and unique
    /// ignoring case.
    public func addSheet(named name: String, _ body: (SheetWriter) throws -> Void) throws {
        guard !finished, !sheetOpen else {
            throw XLSXWriteError.misuse("addSheet(named: \"\(name)\") called while another sheet is being written or after the workbook finished")
        }
        try Self.validateSheetName(name)
        let folded = name.lowercased()
        guard !foldedNames.contains(folded) else { throw XLSXWriteError.duplicateSheetName(name) }
        foldedNames.insert(folded)
        sheetOpen = true
        defer { sheetOpen = false }
        let sheet = SheetWriter(name: name, workbook: self, isFirstSheet: sheets.isEmpty)
        try zip.beginEntry(named: "xl/worksheets/sheet\(sheets.count + 1).xml")
        do { try body(sheet) } catch { sheet.abandon(); throw error }
        try sheet.finish()
        try zip.endEntry()
        sheets.append(WorkbookParts.Sheet(name: name, autoFilter: sheet.autoFilterRange, printTitleRows: sheet.printTitleRows))
    }

    /// Checks a sheet name against Excel's rules.
    public static func validateSheetName(_ name: String) throws {
        let length = name.utf16.count
        if length == 0 { throw XLSXWriteError.invalidSheetName(name, reason: "it is empty") }
        if length > 31 { throw XLSXWriteError.invalidSheetName(name, reason: "it has \(length) characters; Excel allows 31") }
        if let bad = name.first(where: { ":\\/?*[]".contains($0) }) {
            throw XLSXWriteError.invalidSheetName(name, reason: "it contains '\(bad)'; Excel forbids : \\ / ? * [ ]")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw XLSXWriteError.invalidSheetName(name, reason: "it starts or ends with an apostrophe")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            throw XLSXWriteError.invalidSheetName(name, reason: "it contains a control character")
        }
        if name.lowercased() == "history" {
            throw XLSXWriteError.invalidSheetName(name, reason: "Excel reserves the name History")
        }
    }

    /// The shared-string table, made when the first string needs it.
    func sharedStrings() throws -> SharedStringTable {
        if let table = sharedStringTable { return table }
        let table = try SharedStringTable(options: options)
        sharedStringTable = table
        return table
    }

    /// Writes the remaining parts and the ZIP directory. A workbook with no sheets gets
    /// an empty `Sheet1`, because Excel cannot open a workbook without one.
    public func finish() throws {
        guard !finished else { return }
        guard !sheetOpen else { throw XLSXWriteError.misuse("finish() called inside addSheet") }
        if sheets.isEmpty { try addSheet(named: "Sheet1") { _ in } }
        finished = true
        let parts = WorkbookParts(sheets: sheets, hasSharedStrings: sharedStringTable != nil, options: options)
        if let table = sharedStringTable { try table.write(to: zip) }
        try zip.addEntry(named: "xl/styles.xml", bytes: styles.xml())
        try zip.addEntry(named: "xl/workbook.xml", bytes: parts.workbook())
        try zip.addEntry(named: "xl/_rels/workbook.xml.rels", bytes: parts.workbookRelationships())
        try zip.addEntry(named: "docProps/core.xml", bytes: parts.coreProperties())
        try zip.addEntry(named: "docProps/app.xml", bytes: parts.appProperties())
        try zip.addEntry(named: "_rels/.rels", bytes: parts.packageRelationships())
        try zip.addEntry(named: "[Content_Types].xml", bytes: parts.contentTypes())
        try zip.finish()
    }
}
