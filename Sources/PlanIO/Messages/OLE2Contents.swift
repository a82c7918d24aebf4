import Foundation

/// Tells the two kinds of OLE2 compound file apart by the stream names in their
/// directory (UTF-16LE): an encrypted OOXML package holds `EncryptedPackage`, a
/// legacy workbook holds `Workbook` (Excel 97–2003) or `Book` (Excel 5/95).
///
/// The reader refuses both alike (XLSX's `XLSXError.encryptedOrLegacyWorkbook`);
/// this is what lets the message say what to do: remove the password, or save as .xlsx.
public enum OLE2Contents {
    /// What an OLE2 file holds.
    public enum Kind: Equatable, Sendable {
        /// A password-protected OOXML workbook.
        case encryptedWorkbook
        /// An Excel 5/95 or 97–2003 workbook.
        case legacyWorkbook
        /// Neither could be told.
        case unknown
    }

    /// Reads at most this much of the file: directory sectors of real files lie well within it.
    public static let maxBytesScanned = 32 << 20

    /// The kind of OLE2 file at `path`, or `.unknown` when it cannot be told.
    public static func kind(ofFile path: String) -> Kind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unknown }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytesScanned) else { return .unknown }
        return kind(of: data)
    }

    /// The kind of OLE2 file held in `data`.
    public static func kind(of data: Data) -> Kind {
        if data.range(of: utf16("EncryptedPackage")) != nil || data.range(of: utf16("EncryptionInfo")) != nil {
            return .encryptedWorkbook
        }
        // Directory names are NUL-terminated: `Book\0` must not match inside `Workbook`'s neighbours by accident.
        if data.range(of: utf16("Workbook\0")) != nil || data.range(of: utf16("Book\0")) != nil { return .legacyWorkbook }
        return .unknown
    }

    private static func utf16(_ text: String) -> Data {
        Data(text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] })
    }
}
