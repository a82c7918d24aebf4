import Foundation

/// Why an output could not be written: the disk is full, the folder is read-only, standard
/// output is closed, and so on. One error names the output and the reason, in Japanese and
/// English, so a bulk run can say it once instead of once per input file.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What PlanSheet was doing when the system refused.
    public enum Step: String, Sendable {
        /// Creating the temporary file beside the output, or opening a special file.
        case create
        /// Writing bytes.
        case write
        /// Moving the finished file into place.
        case commit
        /// Creating the output folder.
        case createFolder
    }

    /// The output: a path, or `standard output`.
    public let path: String
    /// The step that failed.
    public let step: Step
    /// The system's error number (`errno`).
    public let code: Int32

    /// Makes the error for `path`, taking the reason from `errno` unless `code` is given.
    public init(path: String, step: Step, code: Int32 = errno) {
        self.path = path
        self.step = step
        self.code = code
    }

    /// The name standard output goes by in messages.
    public static let standardOutputName = "standard output"

    /// `PATH: 日本語 / English`, naming the output and the reason.
    public var description: String {
        "\(path): \(japaneseReason) / cannot \(englishStep): \(String(cString: strerror(code)))"
    }

    /// The reason in Japanese, with what to do where there is something to do.
    public var japaneseReason: String {
        let what = path == Self.standardOutputName ? "標準出力に書き込めません" : "出力ファイルを書き込めません"
        switch code {
        case ENOSPC, EDQUOT: return "\(what)（ディスクの空き容量が足りません）"
        case EROFS: return "\(what)（読み取り専用の場所です）"
        case EACCES, EPERM: return "\(what)（書き込む権限がありません）"
        case EBADF: return "\(what)（出力先が閉じられています）"
        case EPIPE: return "\(what)（出力先が閉じられました）"
        case ENOENT: return "\(what)（フォルダーがありません）"
        case ENOTDIR: return "\(what)（パスの途中がフォルダーではありません）"
        case EISDIR: return "\(what)（同じ名前のフォルダーがあります）"
        case EIO: return "\(what)（入出力エラー）"
        default: return what
        }
    }

    private var englishStep: String {
        switch step {
        case .create: return "create the output"
        case .write: return "write the output"
        case .commit: return "move the finished output into place"
        case .createFolder: return "create the output folder"
        }
    }

    /// Creates `folder` and its parents, reporting a refusal as an output error.
    public static func createFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: folder.path, step: .createFolder, code: posixCode(of: error) ?? EIO)
        }
    }

    /// The POSIX error number inside a Foundation error, if it carries one.
    public static func posixCode(of error: Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error { return posixCode(of: underlying) }
        switch nsError.code {
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteVolumeReadOnlyError: return EROFS
        case NSFileWriteNoPermissionError: return EACCES
        default: return nil
        }
    }
}
