import Foundation
import XLSX

/// Turns errors into the one-line messages a clerk reads: the file, then Japanese,
/// then English (`FILE: 日本語 / English`), naming the part or sheet and the cell, and
/// saying what to do where there is something to do (save as .xlsx, remove the
/// password, raise a limit).
///
/// The English half is the error's own description (so scripts matching it keep
/// working), except where a clearer sentence exists (password-protected, old .xls).
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

    /// `FILE: japanese / english`, the English taken from `description` after its `FILE: ` prefix.
    private static func bilingual(_ file: String, _ japanese: String, _ description: String) -> String {
        let english = description.hasPrefix(file + ": ") ? String(description.dropFirst(file.count + 2)) : description
        return "\(file): \(japanese) / \(english)"
    }

    /// The bilingual message for a reader error.
    static func message(for error: XLSXError) -> String {
        let raise = "（信頼できるファイルなら --max-… オプションで上限を変更できます）"
        switch error {
        case .unreadable(let file, _):
            return bilingual(file, "ファイルを読めません", error.description)
        case .notAZipArchive(let file):
            return bilingual(file, "XLSX ファイルではありません", error.description)
        case .encryptedOrLegacyWorkbook(let file):
            switch OLE2Contents.kind(ofFile: file) {
            case .encryptedWorkbook:
                return "\(file): パスワードで保護されたファイルです。Excel でパスワードを解除して保存し直してください"
                    + " / the file is password-protected: remove the password in Excel and save it again"
            case .legacyWorkbook:
                return "\(file): 古い形式の .xls ファイルです。Excel で .xlsx 形式で保存し直してください"
                    + " / the file is an old .xls workbook: save it as .xlsx in Excel"
            case .unknown:
                return "\(file): パスワードで保護されたファイルか、古い形式の .xls ファイルです / " + error.description.dropFirst(file.count + 2)
            }
        case .truncatedArchive(let file, _):
            return bilingual(file, "ファイルが途中で切れています（破損）", error.description)
        case .corruptArchive(let file, let part, _):
            return bilingual(file, "ファイルが壊れています（\(part)）", error.description)
        case .encryptedEntry(let file, let part):
            return bilingual(file, "暗号化された部品 \(part) があり読めません", error.description)
        case .unsupportedCompression(let file, let part, let method):
            return bilingual(file, "部品 \(part) の圧縮方式 \(method) には対応していません", error.description)
        case .checksumMismatch(let file, let part):
            return bilingual(file, "ファイルが壊れています（\(part) の CRC-32 が一致しません）", error.description)
        case .limitExceeded(let file, let part, let limit) where limit.contains("past its declared size"):
            // Not a limit a person should raise: the archive lies about the part's size.
            return "\(file): ファイルが壊れています（\(part) が宣言より大きく展開されます。破損または zip bomb）"
                + " / the file is corrupt or a zip bomb: part \(part) \(limit)"
        case .limitExceeded(let file, let part, _):
            return bilingual(file, "部品 \(part) が安全のための上限を超えました\(raise)", error.description)
        case .missingPart(let file, let part):
            return bilingual(file, "必要な部品 \(part) がありません", error.description)
        case .malformedXML(let file, let part, let line, _):
            let place = line > 0 ? "の \(line) 行目" : ""
            return bilingual(file, "部品 \(part) \(place)が XML として正しくありません", error.description)
        case .invalidCell(let file, let part, let cell, _):
            return bilingual(file, "\(part) セル \(cell) を読めません", error.description)
        case .sheetNotFound(let file, let sheet):
            return bilingual(file, "シート「\(sheet)」がありません", error.description)
        case .encryptedWorkbook(let file, let format, _):
            return bilingual(file, "パスワードで保護された \(format) ファイルです。パスワードを解除して保存し直してください", error.description)
        case .unsupportedFormat(let file, let format):
            return bilingual(file, "対応していない形式です（\(format)）", error.description)
        }
    }

    /// The bilingual message for a CSV or JSON Lines reader error.
    static func message(for error: CSVReadError) -> String {
        // CSV errors start "FILE line N: …" or "FILE: …"; the Japanese goes after the file name.
        let english = error.description
        let file: String, japanese: String
        switch error {
        case .invalidEncoding(let name, let line, let encoding):
            (file, japanese) = (name, "\(line) 行目: 文字コード \(encoding.rawValue) として読めない文字があります（--encoding で指定できます）")
        case .unterminatedQuote(let name, let line):
            (file, japanese) = (name, "\(line) 行目で始まる引用符（\"）が閉じていません")
        case .invalidJSONLine(let name, let line, _):
            (file, japanese) = (name, "\(line) 行目が JSON の配列として読めません")
        case .io(let name, _):
            (file, japanese) = (name, "ファイルを読めません")
        case .limitExceeded(let name, let line, _):
            (file, japanese) = (name, "\(line) 行目: 安全のための上限を超えました（信頼できるファイルなら --max-… オプションで上限を変更できます）")
        }
        return "\(file) \(japanese) / \(english)"
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
