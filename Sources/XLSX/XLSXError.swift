/// Why a workbook could not be read, naming the file, the part inside it and, where
/// there is one, the cell.
///
/// Every case carries the file's display name (its path or the name given to
/// ``Workbook/init(data:name:limits:)``), so a message printed as-is tells a person
/// which of many inputs is broken and where.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read from disk.
    case unreadable(file: String, reason: String)
    /// The bytes are not a ZIP archive (no end-of-central-directory record).
    case notAZipArchive(file: String)
    /// An OLE2 compound file: a password-protected workbook or a legacy `.xls`, not an `.xlsx`.
    case encryptedOrLegacyWorkbook(file: String)
    /// The archive ends before a structure it announces (central directory, header or entry data).
    case truncatedArchive(file: String, detail: String)
    /// An archive structure has impossible values.
    case corruptArchive(file: String, part: String, detail: String)
    /// An entry is encrypted (ZIP encryption or AES).
    case encryptedEntry(file: String, part: String)
    /// An entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedCompression(file: String, part: String, method: Int)
    /// An entry's data does not match its CRC-32.
    case checksumMismatch(file: String, part: String)
    /// A limit from ``ReadLimits`` was exceeded (zip bomb, oversized part, too many cells…).
    case limitExceeded(file: String, part: String, limit: String)
    /// A part the workbook needs is missing from the archive.
    case missingPart(file: String, part: String)
    /// A part is not well-formed XML, or uses a DTD (refused: entity expansion is an attack vector).
    case malformedXML(file: String, part: String, line: Int, message: String)
    /// A cell's contents cannot be decoded.
    case invalidCell(file: String, part: String, cell: String, detail: String)
    /// No sheet of that name or number.
    case sheetNotFound(file: String, sheet: String)
    /// A password-protected legacy workbook (`.xls` FILEPASS, encrypted `.ods` package); `format` names what was found.
    case encryptedWorkbook(file: String, format: String, method: String)
    /// A file whose content is recognised but is not a format PlanSheet reads (Excel 4.0, HTML, plain text…).
    case unsupportedFormat(file: String, format: String)
    /// A shared-string table larger than the reader keeps in memory could not be kept in a
    /// temporary file in `directory` (`$TMPDIR`, else `/tmp`): not created, full, or unreadable.
    case temporaryFileFailed(file: String, part: String, directory: String, reason: String)

    /// One line naming the file, the part and the cell.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .notAZipArchive(let file):
            return "\(file): not an XLSX file (no ZIP archive found)"
        case .encryptedOrLegacyWorkbook(let file):
            return "\(file): password-protected (encrypted) workbook or legacy .xls file (OLE2 container), not an XLSX archive"
        case .truncatedArchive(let file, let detail):
            return "\(file): truncated archive: \(detail)"
        case .corruptArchive(let file, let part, let detail):
            return "\(file): corrupt archive entry \(part): \(detail)"
        case .encryptedEntry(let file, let part):
            return "\(file): part \(part) is encrypted"
        case .unsupportedCompression(let file, let part, let method):
            return "\(file): part \(part) uses unsupported compression method \(method)"
        case .checksumMismatch(let file, let part):
            return "\(file): part \(part) is corrupt (CRC-32 mismatch)"
        case .limitExceeded(let file, let part, let limit):
            return "\(file): part \(part) exceeds a safety limit: \(limit)"
        case .missingPart(let file, let part):
            return "\(file): part \(part) is missing from the archive"
        case .malformedXML(let file, let part, let line, let message):
            return "\(file): part \(part) line \(line): malformed XML: \(message)"
        case .invalidCell(let file, let part, let cell, let detail):
            return "\(file): part \(part) cell \(cell): \(detail)"
        case .sheetNotFound(let file, let sheet):
            return "\(file): no sheet \(sheet)"
        case .encryptedWorkbook(let file, let format, let method):
            return "\(file): password-protected \(format) workbook (encrypted: \(method)); remove the password and save it again"
        case .unsupportedFormat(let file, let format):
            return "\(file): \(format), not a format PlanSheet reads (it reads .xlsx, .xlsm, .xls and .ods)"
        case .temporaryFileFailed(let file, let part, let directory, let reason):
            return
                "\(file): part \(part) is too large to hold in memory and cannot be kept in a temporary file in \(directory): \(reason) (set TMPDIR to a writable folder with free space)"
        }
    }
}
