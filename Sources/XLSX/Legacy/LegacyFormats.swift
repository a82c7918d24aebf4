import Foundation

/// Opens a workbook file as the format its content shows: an XLSX package, an
/// OpenDocument spreadsheet or a legacy compound-file `.xls`. ``Workbook`` calls this
/// once; everything format-specific lives behind ``LegacyWorkbookReader``.
enum LegacyFormats {
    /// What a file turned out to be.
    enum Opened {
        /// An OOXML package for the XLSX reader.
        case xlsx(ZipArchive)
        /// A `.xls` or `.ods` with its reader.
        case legacy(LegacyWorkbookReader)
    }

    /// Tells the format by content and opens it; `fileName` is only used in messages.
    static func open(_ bytes: ArchiveBytes, fileName: String, limits: ReadLimits) throws -> Opened {
        let signature = try bytes.bytes(0..<min(bytes.count, 512))
        switch signature.withUnsafeBytes({ WorkbookFormat.detect($0) }) {
        case .compoundFile:
            return .legacy(try XLSWorkbook(bytes: bytes, fileName: fileName, limits: limits))
        case .unsupported(let format):
            throw XLSXError.unsupportedFormat(file: fileName, format: format)
        case .unknown where bytes.count > 0 && fileName.lowercased().hasSuffix(".xls"):
            // The name promises an .xls; say what is missing rather than talk about ZIP archives.
            throw XLSXError.unsupportedFormat(file: fileName, format: "no compound-file (OLE2) signature: not an Excel 97–2003 .xls file")
        case .zip, .unknown:
            let archive = try ZipArchive(bytes: bytes, fileName: fileName)
            if let spreadsheet = try ODSWorkbook.openIfOpenDocument(archive, limits: limits) { return .legacy(spreadsheet) }
            return .xlsx(archive)
        }
    }
}
