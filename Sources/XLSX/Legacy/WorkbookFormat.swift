/// The container a workbook file turns out to be, told by its first bytes, never by its name:
/// a department's `.xls` renamed `.ods` (or `.xlsx`) is read as what it is.
enum WorkbookFormat: Equatable {
    /// A ZIP archive: XLSX or OpenDocument, told apart by the package's parts.
    case zip
    /// An OLE2 compound file: a legacy `.xls` or an encrypted OOXML package.
    case compoundFile
    /// Something recognisable that PlanSheet does not read, with its name for the message.
    case unsupported(String)
    /// Nothing recognisable: the ZIP reader says what is wrong (empty, truncated, not an archive).
    case unknown

    /// The format of a file from its first bytes.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> WorkbookFormat {
        if bytes.count >= 8, bytes.prefix(8).elementsEqual(ZipArchive.ole2Signature) { return .compoundFile }
        if bytes.count >= 2, bytes[0] == 0x50, bytes[1] == 0x4B { return .zip }
        // Excel 2.x–4.0 wrote a bare BIFF record stream: a BOF record (type 0x0009/0x0209/0x0409/0x0809) first.
        if bytes.count >= 4, bytes[1] == 0x00 || bytes[1] == 0x02 || bytes[1] == 0x04 || bytes[1] == 0x08, bytes[0] == 0x09,
            bytes[2] >= 4, bytes[3] == 0
        {
            switch bytes[1] {
            case 0x00: return .unsupported("an Excel 2.x worksheet (BIFF2)")
            case 0x02: return .unsupported("an Excel 3.0 worksheet (BIFF3)")
            case 0x04: return .unsupported("an Excel 4.0 worksheet (BIFF4)")
            default: return .unsupported("a bare BIFF5/BIFF8 record stream without its compound-file container")
            }
        }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<table") || head.contains("<!doctype html") {
            return .unsupported("an HTML page saved under a spreadsheet name")
        }
        if head.contains("<?xml"), head.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            return .unsupported("an Excel 2003 XML spreadsheet")
        }
        return .unknown
    }
}
