import PlanModel
import XLSX

/// The reader's errors in Japanese and English, naming the part or sheet and the cell, and
/// saying what to do where there is something to do (save as .xlsx, remove the password,
/// raise a limit). The English half is the error's own description without its file (so
/// scripts matching it keep working), except where a clearer sentence exists.
extension XLSXError: BilingualError {
    /// The file the error names.
    public var subject: String? { file }

    /// What went wrong in Japanese, naming the part and cell, with what to do.
    public var japanese: String {
        let raise = "（信頼できるファイルなら --max-… オプションで上限を変更できます）"
        switch self {
        case .unreadable: return "ファイルを読めません"
        case .notAZipArchive: return "XLSX ファイルではありません"
        case .encryptedOrLegacyWorkbook(let file):
            switch OLE2Contents.kind(ofFile: file) {
            case .encryptedWorkbook: return "パスワードで保護されたファイルです。Excel でパスワードを解除して保存し直してください"
            case .legacyWorkbook: return "古い形式の .xls ファイルです。Excel で .xlsx 形式で保存し直してください"
            case .unknown: return "パスワードで保護されたファイルか、古い形式の .xls ファイルです"
            }
        case .truncatedArchive: return "ファイルが途中で切れています（破損）"
        case .corruptArchive(_, let part, _): return "ファイルが壊れています（\(part)）"
        case .encryptedEntry(_, let part): return "暗号化された部品 \(part) があり読めません"
        case .unsupportedCompression(_, let part, let method): return "部品 \(part) の圧縮方式 \(method) には対応していません"
        case .checksumMismatch(_, let part): return "ファイルが壊れています（\(part) の CRC-32 が一致しません）"
        case .limitExceeded(_, let part, let limit) where Self.isDeclaredSizeLie(limit):
            // Not a limit a person should raise: the archive lies about the part's size.
            return "ファイルが壊れています（\(part) が宣言より大きく展開されます。破損または zip bomb）"
        case .limitExceeded(_, let part, _): return "部品 \(part) が安全のための上限を超えました\(raise)"
        case .missingPart(_, let part): return "必要な部品 \(part) がありません"
        case .malformedXML(_, let part, let line, _):
            return "部品 \(part) \(line > 0 ? "の \(line) 行目" : "")が XML として正しくありません"
        case .invalidCell(_, let part, let cell, _): return "\(part) セル \(cell) を読めません"
        case .sheetNotFound(_, let sheet): return "シート「\(sheet)」がありません"
        case .encryptedWorkbook(_, let format, _): return "パスワードで保護された \(format) ファイルです。パスワードを解除して保存し直してください"
        case .unsupportedFormat(_, let format): return Self.japaneseUnsupportedFormat(format)
        case .temporaryFileFailed(_, let part, let directory, _):
            return "部品 \(part) はメモリーに収まらず、一時フォルダー \(directory) にも書き出せません（TMPDIR に空きのある書き込めるフォルダーを指定してください）"
        }
    }

    /// What went wrong in English: the description without its file, or a clearer sentence.
    public var english: String {
        switch self {
        case .encryptedOrLegacyWorkbook(let file):
            switch OLE2Contents.kind(ofFile: file) {
            case .encryptedWorkbook: return "the file is password-protected: remove the password in Excel and save it again"
            case .legacyWorkbook: return "the file is an old .xls workbook: save it as .xlsx in Excel"
            case .unknown: break
            }
        case .limitExceeded(_, let part, let limit) where Self.isDeclaredSizeLie(limit):
            return "the file is corrupt or a zip bomb: part \(part) \(limit)"
        default: break
        }
        let prefix = file + ": "
        return description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
    }

    /// The file every case names.
    var file: String {
        switch self {
        case .unreadable(let file, _), .notAZipArchive(let file), .encryptedOrLegacyWorkbook(let file),
            .truncatedArchive(let file, _), .corruptArchive(let file, _, _), .encryptedEntry(let file, _),
            .unsupportedCompression(let file, _, _), .checksumMismatch(let file, _), .limitExceeded(let file, _, _),
            .missingPart(let file, _), .malformedXML(let file, _, _, _), .invalidCell(let file, _, _, _),
            .sheetNotFound(let file, _), .encryptedWorkbook(let file, _, _), .unsupportedFormat(let file, _),
            .temporaryFileFailed(let file, _, _, _):
            return file
        }
    }

    private static func isDeclaredSizeLie(_ limit: String) -> Bool { limit.contains("past its declared size") }

    /// The formats a clerk meets most (an HTML or XML export, an Excel 2–4 sheet) said in Japanese with what to
    /// do; the reader names the format in English (it has no Japanese), so the rarer ones keep its words.
    private static func japaneseUnsupportedFormat(_ format: String) -> String {
        let saveAgain = "。Excel で開き、.xlsx 形式で保存し直してください"
        if format.hasPrefix("an HTML page") { return "表計算ファイルの名前が付いた HTML ページで、読めない形式です" + saveAgain }
        if format.hasPrefix("an Excel 2003 XML") { return "Excel 2003 XML スプレッドシートで、読めない形式です" + saveAgain }
        if format.hasPrefix("an Excel 2.x") || format.hasPrefix("an Excel 3.0") || format.hasPrefix("an Excel 4.0") {
            return "Excel 4.0 以前のワークシートで、読めない形式です" + saveAgain
        }
        return "対応していない形式です（\(format)）"
    }
}

/// The CSV and JSON Lines readers' errors: the file and line, then Japanese, then the English description.
extension CSVReadError: BilingualError {
    /// The file and, where known, the line (`a.csv 3 行目`).
    public var subject: String? {
        switch self {
        case .invalidEncoding(let file, let line, _), .invalidJSONLine(let file, let line, _), .limitExceeded(let file, let line, _):
            return "\(file) \(line) 行目"
        case .unterminatedQuote(let file, _), .io(let file, _):
            return file
        }
    }

    /// What went wrong in Japanese, with what to do.
    public var japanese: String {
        switch self {
        case .invalidEncoding(_, _, let encoding): return "文字コード \(encoding.rawValue) として読めない文字があります（--encoding で指定できます）"
        case .unterminatedQuote(_, let line): return "\(line) 行目で始まる引用符（\"）が閉じていません"
        case .invalidJSONLine: return "JSON の配列として読めません"
        case .io: return "ファイルを読めません"
        case .limitExceeded: return "安全のための上限を超えました（信頼できるファイルなら --max-… オプションで上限を変更できます）"
        }
    }

    /// The error's own description.
    public var english: String { description }
}
