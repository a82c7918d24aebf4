import Foundation

/// Expands the paths a person names into the input files to read, the one folder walk every
/// command and library user shares: a file stays as it is, a folder becomes every file below
/// it whose extension is accepted, sorted by byte order (the same run on every machine).
///
/// What a walk does not read it names, with the reason, so a command can say so: Excel's
/// `~$` lock files, hidden files and folders, files whose extension is not accepted (a `.csv`
/// in an import, a `.pdf`), and entries that are not regular files. A folder holding more
/// than `maxFiles` accepted files is refused before anything is read: a mistyped path such
/// as a home folder should not start a run over a million files.
///
/// ```swift
/// let walk = try InputWalk.expand(["submissions/"], extensions: Workbook.fileExtensions)
/// for skipped in walk.skipped { print(skipped) }
/// ```
public enum InputWalk {
    /// A file to read: its path as given or found, and its path below the folder it was found
    /// in (its file name, for a file named directly), so outputs can mirror the input tree.
    public struct File: Sendable, Equatable {
        /// The path to open.
        public var path: String
        /// The path below the named folder (`dept/a.xlsx`), or the file name.
        public var relative: String
    }

    /// Why a file below a folder is not read.
    public enum SkipReason: String, Sendable {
        /// Excel's `~$NAME` lock file of an open workbook.
        case lockFile
        /// A name starting with `.` (a hidden folder is named once and not entered).
        case hidden
        /// An extension the command does not read.
        case unacceptedExtension
        /// A FIFO, socket or device with an accepted extension.
        case notRegularFile
    }

    /// A file or folder below a named folder that the walk leaves out.
    public struct Skipped: Sendable, Equatable, CustomStringConvertible {
        /// The path left out.
        public var path: String
        /// Why.
        public var reason: SkipReason

        /// `PATH: 日本語 / English`.
        public var description: String {
            switch reason {
            case .lockFile: return "\(path): Excel の一時ファイル（~$）なので読みません / skipped: an Excel lock file (~$)"
            case .hidden: return "\(path): 隠しファイルなので読みません / skipped: a hidden file or folder"
            case .unacceptedExtension: return "\(path): この処理では読まない種類のファイルです / skipped: not a file type this command reads"
            case .notRegularFile: return "\(path): 通常のファイルではないので読みません / skipped: not a regular file"
            }
        }
    }

    /// The files to read and what was left out.
    public struct Result: Sendable, Equatable {
        /// The files to read, in order.
        public var files: [File] = []
        /// What folders held that is not read, sorted by path.
        public var skipped: [Skipped] = []
    }

    /// Why a walk could not be done.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A named path does not exist.
        case missing(path: String)
        /// A folder cannot be listed.
        case unreadableFolder(path: String)
        /// A folder holds more accepted files than `maxFiles`.
        case tooManyFiles(folder: String, limit: Int)

        /// The path the failure is about, as it was named or found.
        public var subject: String? {
            switch self {
            case .missing(let path), .unreadableFolder(let path): return path
            case .tooManyFiles(let folder, _): return folder
            }
        }

        /// What went wrong, in Japanese: the one wording every command and library user shows.
        public var japanese: String {
            switch self {
            case .missing: return "ファイルまたはフォルダーが見つかりません"
            case .unreadableFolder: return "フォルダーを読めません"
            case .tooManyFiles(_, let limit): return "フォルダー内の入力ファイルが \(limit) 個を超えています（意図どおりなら --max-files で上限を変更できます）"
            }
        }

        /// What went wrong, in English.
        public var english: String {
            switch self {
            case .missing: return "no such file or folder"
            case .unreadableFolder: return "cannot read the folder"
            case .tooManyFiles(_, let limit): return "more than \(limit) input files in the folder; raise the limit with --max-files if that is intended"
            }
        }

        /// The message, in Japanese and English: `PATH: 日本語 / English`.
        public var description: String {
            (subject.map { "\($0): " } ?? "") + japanese + " / " + english
        }
    }

    /// The default for `maxFiles`: far more than any department submission folder holds.
    public static let defaultMaxFiles = 10_000

    /// The files for `paths`, in the order given, each folder's files sorted; `extensions` are
    /// lower case without the dot (``Workbook/fileExtensions``, plus `csv` where CSV is read).
    public static func expand(_ paths: [String], extensions: Set<String>, maxFiles: Int = defaultMaxFiles) throws -> Result {
        var result = Result()
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { throw Failure.missing(path: path) }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                var found: [File] = [], skipped: [Skipped] = []
                let prefix = path.hasSuffix("/") ? path : path + "/"
                try walk(
                    path, prefix: prefix, relative: "", extensions: extensions, maxFiles: maxFiles,
                    into: &found, skipped: &skipped, root: path)
                // Byte order, not locale order: the same folder gives the same run on every machine.
                result.files += found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
                result.skipped += skipped.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            } else {
                result.files.append(File(path: path, relative: fileName(of: path)))
            }
        }
        return result
    }

    /// Whether any of `paths` is a folder.
    public static func containsFolder(_ paths: [String]) -> Bool {
        paths.contains { path in
            var status = stat()
            return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
        }
    }

    /// Lists `folder` with `readdir`, whose entry types say what each name is without a system call
    /// per file (a `stat` only where the file system does not say); symbolic links below a folder
    /// are not followed, as they never were: a link is not a regular file.
    private static func walk(
        _ folder: String, prefix: String, relative: String, extensions: Set<String>, maxFiles: Int,
        into found: inout [File], skipped: inout [Skipped], root: String
    ) throws {
        guard let directory = opendir(folder) else { throw Failure.unreadableFolder(path: folder) }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let below = relative + name
            let path = prefix + below
            let kind = entryKind(entry.pointee.d_type, name: name, in: descriptor)
            if name.hasPrefix(".") {
                // A hidden folder is named once and not entered.
                skipped.append(Skipped(path: path, reason: .hidden))
                continue
            }
            if kind == .folder {
                try walk(
                    path, prefix: prefix, relative: below + "/", extensions: extensions, maxFiles: maxFiles,
                    into: &found, skipped: &skipped, root: root)
                continue
            }
            if name.hasPrefix("~$") { skipped.append(Skipped(path: path, reason: .lockFile)); continue }
            guard extensions.contains(pathExtension(of: name)) else {
                skipped.append(Skipped(path: path, reason: .unacceptedExtension))
                continue
            }
            guard kind == .regularFile else { skipped.append(Skipped(path: path, reason: .notRegularFile)); continue }
            found.append(File(path: path, relative: below))
            if found.count > maxFiles { throw Failure.tooManyFiles(folder: root, limit: maxFiles) }
        }
    }

    private enum EntryKind { case folder, regularFile, other }

    /// What a directory entry is, from `d_type`, or from `fstatat` without following a link when the
    /// file system leaves the type unknown.
    private static func entryKind(_ type: UInt8, name: String, in folder: Int32) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .regularFile
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .regularFile
            default: return .other
            }
        default: return .other
        }
    }

    /// The lower-cased extension of a file name (`""` for none, or for a name that only starts with a dot).
    private static func pathExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The last component of `path` (trailing slashes ignored), as `URL.lastPathComponent` gives it.
    private static func fileName(of path: String) -> String {
        let trimmed = path.reversed().drop { $0 == "/" }.reversed()
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed.isEmpty ? path : String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
