import PlanModel
import XLSX

/// An output that could not be written: the output, the reason in Japanese (with what to do),
/// and the system's reason in English, as `OutputFileError.description` says it.
extension OutputFileError: BilingualError {
    /// The output: a path, or `standard output`.
    public var subject: String? { path }
    /// The reason in Japanese, with what to do.
    public var japanese: String { japaneseReason }
    /// The step that failed and the system's reason.
    public var english: String {
        let prefix = "\(path): \(japaneseReason) / "
        return description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
    }
}

/// A workbook the writer refuses to produce (a sheet name Excel forbids, more rows than Excel
/// allows): always a fault of the data or of the program, never of the disk.
extension XLSXWriteError: BilingualError {
    /// The output, for the errors that name one.
    public var subject: String? {
        switch self {
        case .outputExists(let path), .io(let path, _): return path
        default: return nil
        }
    }

    /// What went wrong in Japanese.
    public var japanese: String {
        switch self {
        case .outputExists: return "既に存在します（置き換えるには replaceExisting を指定）"
        case .io: return "出力ファイルを書き込めません"
        case .cellTextTooLong, .tooManyRows, .tooManyColumns: return "Excel の上限を超えるためブックを書き出せません"
        default: return "ブックを書き出せません"
        }
    }

    /// The error's own description (without the path where it names one).
    public var english: String {
        switch self {
        case .io(let path, let message): return description.hasPrefix(path + ": ") ? message : description
        default: return description
        }
    }
}
