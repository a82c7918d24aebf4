import Foundation
import XLSX

/// Turns errors into the one-line messages a clerk reads: Japanese first, then English,
/// naming the file, the part or sheet and the cell, and saying what to do where there
/// is something to do (save as .xlsx, remove the password, raise a limit).
enum ErrorMessages {
    /// The message for any error a command throws.
    static func message(for error: Error) -> String {
        let text: String
        switch error {
        case let error as XLSXError: text = message(for: error)
        case let error as CSVReadError: text = message(for: error)
        default: text = String(describing: error)
        }
        // One line per error: libxml2 messages may carry their own line breaks ("Bytes: 0xE6 0x97").
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }

    /// The bilingual message for a reader error.
    static func message(for error: XLSXError) -> String {
        switch error {
        case .unreadable(let file, let reason):
            return "\(file): ファイルを読めません / cannot read the file: \(reason)"
        case .notAZipArchive(let file):
            return "\(file): XLSX ファイルではありません / not an XLSX file (no ZIP archive found)"
        case .encryptedOrLegacyWorkbook(let file):
            switch OLE2Contents.kind(ofFile: file) {
            case .encryptedWorkbook:
                return "\(file): パスワードで保護されたファイルです。Excel でパスワードを解除して保存し直してください"
                    + " / the file is password-protected: remove the password in Excel and save it again"
            case .legacyWorkbook:
                return "\(file): 古い形式の .xls ファイルです。Excel で .xlsx 形式で保存し直してください"
                    + " / the file is an old .xls workbook: save it as .xlsx in Excel"
            case .unknown:
                return "\(file): パスワードで保護されたファイルか、古い形式の .xls ファイルです"
                    + " / the file is password-protected or an old .xls workbook, not an .xlsx"
            }
        case .truncatedArchive(let file, let detail):
            return "\(file): ファイルが途中で切れています（破損） / the file is truncated: \(detail)"
        case .corruptArchive(let file, let part, let detail):
            return "\(file): ファイルが壊れています（\(part)） / the file is corrupt: \(part): \(detail)"
        case .encryptedEntry(let file, let part):
            return "\(file): 暗号化された部品 \(part) があり読めません / part \(part) is encrypted"
        case .unsupportedCompression(let file, let part, let method):
            return "\(file): 部品 \(part) の圧縮方式 \(method) には対応していません / part \(part) uses unsupported compression method \(method)"
        case .checksumMismatch(let file, let part):
            return "\(file): ファイルが壊れています（\(part) の CRC-32 が一致しません） / the file is corrupt: part \(part) fails its CRC-32 check"
        case .limitExceeded(let file, let part, let limit) where limit.contains("past its declared size"):
            // Not a limit a person should raise: the archive lies about the part's size.
            return "\(file): ファイルが壊れています（\(part) が宣言より大きく展開されます。破損または zip bomb）"
                + " / the file is corrupt or a zip bomb: part \(part) \(limit)"
        case .limitExceeded(let file, let part, let limit):
            return "\(file): 部品 \(part) が安全のための上限を超えました（信頼できるファイルなら --max-… オプションで上限を変更できます）"
                + " / part \(part) exceeds a safety limit: \(limit) (raise it with the --max-… options if you trust the file)"
        case .missingPart(let file, let part):
            return "\(file): 必要な部品 \(part) がありません / part \(part) is missing from the archive"
        case .malformedXML(let file, let part, let line, let detail):
            return "\(file): 部品 \(part) の \(line) 行目が XML として正しくありません / part \(part) line \(line): malformed XML: \(detail)"
        case .invalidCell(let file, let part, let cell, let detail):
            return "\(file): \(part) セル \(cell) を読めません / \(part) cell \(cell): \(detail)"
        case .sheetNotFound(let file, let sheet):
            return "\(file): シート「\(sheet)」がありません / no sheet \(sheet)"
        }
    }
}

extension ErrorMessages {
    /// The bilingual message for a CSV or JSON Lines reader error.
    static func message(for error: CSVReadError) -> String {
        switch error {
        case .invalidEncoding(let file, let line, let encoding):
            return "\(file) \(line) 行目: 文字コード \(encoding.rawValue) として読めない文字があります（--encoding で指定できます）"
                + " / line \(line): bytes that are not valid \(encoding.rawValue); try --encoding"
        case .unterminatedQuote(let file, let line):
            return "\(file): \(line) 行目で始まる引用符（\"）が閉じていません / the quoted field opened on line \(line) never closes"
        case .invalidJSONLine(let file, let line, let message):
            return "\(file) \(line) 行目: JSON の配列として読めません / line \(line): \(message)"
        case .io(let file, let message):
            return "\(file): ファイルを読めません / \(message)"
        case .limitExceeded(let file, let line, let limit):
            return "\(file) \(line) 行目: 安全のための上限を超えました（信頼できるファイルなら --max-… オプションで上限を変更できます）"
                + " / line \(line) exceeds a safety limit: \(limit)"
        }
    }
}

/// Tells the two kinds of OLE2 compound file apart by the stream names in their
/// directory (UTF-16LE): an encrypted OOXML package holds `EncryptedPackage`, a
/// legacy workbook holds `Workbook` (Excel 97–2003) or `Book` (Excel 5/95).
enum OLE2Contents {
    /// What an OLE2 file holds.
    enum Kind: Equatable {
        case encryptedWorkbook, legacyWorkbook, unknown
    }

    /// Reads at most this much of the file: directory sectors of real files lie well within it.
    static let maxBytesScanned = 32 << 20

    /// The kind of OLE2 file at `path`, or `.unknown` when it cannot be told.
    static func kind(ofFile path: String) -> Kind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unknown }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytesScanned) else { return .unknown }
        return kind(of: data)
    }

    /// The kind of OLE2 file held in `data`.
    static func kind(of data: Data) -> Kind {
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
