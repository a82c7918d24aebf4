/// A legacy Excel workbook (`.xls`): an OLE2 compound file holding a BIFF8 `Workbook`
/// stream (Excel 97–2003) or a BIFF5 `Book` stream (Excel 5.0/95).
///
/// Opening reads the compound file's tables, copies the workbook stream out of its
/// sectors (bounded by ``ReadLimits/maxEntrySize``) and reads the globals: sheets, date
/// system, code page, shared strings and cell formats. An encrypted OOXML package (the
/// OLE2 file Excel writes for a password-protected `.xlsx`) ends in the same error the
/// XLSX reader always gave; a FILEPASS record in the `.xls` in the same kind of message.
final class XLSWorkbook: LegacyWorkbookReader {
    let sheets: [SheetInfo]
    var date1904: Bool { globals.date1904 }
    private let globals: BIFFGlobals
    private let stream: [UInt8]
    private let offsets: [Int]
    private let fileName: String
    private let limits: ReadLimits

    init(bytes: ArchiveBytes, fileName: String, limits: ReadLimits) throws {
        self.fileName = fileName
        self.limits = limits
        // The compound file is read once, whole: its streams are copied out before the bytes go.
        let whole = try bytes.bytes(0..<bytes.count)
        let (workbookName, workbookStream) = try whole.withUnsafeBytes { buffer -> (String, [UInt8]) in
            let file: CompoundFile
            do {
                file = try CompoundFile(bytes: buffer, fileName: fileName, limits: limits)
            } catch {
                // A damaged container that still names an encrypted package's streams is a protected .xlsx, as it always was.
                if Self.namesEncryptedPackage(buffer) { throw XLSXError.encryptedOrLegacyWorkbook(file: fileName) }
                throw error
            }
            if file.stream(named: "EncryptedPackage") != nil || file.stream(named: "EncryptionInfo") != nil {
                throw XLSXError.encryptedOrLegacyWorkbook(file: fileName)
            }
            // Dual-stream files carry a BIFF8 `Workbook` and a lossy BIFF5 `Book`: the BIFF8 one wins.
            guard let workbook = file.stream(named: "Workbook") ?? file.stream(named: "Book") else {
                let names = file.streams.map(\.name).prefix(8).joined(separator: ", ")
                throw XLSXError.unsupportedFormat(
                    file: fileName, format: "a compound (OLE2) file without a Workbook stream (streams: \(names)), not an Excel workbook")
            }
            return (workbook.name, try file.read(workbook, limits: limits))
        }
        stream = workbookStream
        globals = try BIFFGlobals(stream: stream, fileName: fileName, limits: limits)
        sheets = globals.sheets.enumerated().map { offset, entry in
            SheetInfo(name: entry.name, state: entry.state, kind: entry.kind, index: offset + 1, partName: workbookName)
        }
        offsets = globals.sheets.map(\.offset)
    }

    /// Whether the bytes hold the UTF-16LE directory name `EncryptedPackage` (a scan, for damaged containers only).
    private static func namesEncryptedPackage(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let name = "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= name.count else { return false }
        var offset = 0
        while offset <= bytes.count - name.count {
            if bytes[offset] == name[0], bytes[offset..<(offset + name.count)].elementsEqual(name) { return true }
            offset += 1
        }
        return false
    }

    func readSheet(_ sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> Workbook.SheetLayout {
        guard sheet.index >= 1, sheet.index <= offsets.count else {
            throw XLSXError.sheetNotFound(file: fileName, sheet: sheet.name)
        }
        let reader = BIFFSheetReader(globals: globals, stream: stream, fileName: fileName, sheetName: sheet.name, limits: limits)
        return try reader.read(from: offsets[sheet.index - 1], body)
    }
}
