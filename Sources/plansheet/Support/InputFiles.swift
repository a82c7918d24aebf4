import Foundation
import PlanIO
import XLSX

/// Expands the paths a person names on the command line into the input files to read:
/// a file stays as it is, a folder becomes every workbook and CSV file below it.
///
/// Folders are walked recursively; only workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`) and `.csv` files are taken
/// (case-insensitive), hidden files and Excel's `~$` lock files are skipped, and each
/// folder's files come sorted by path so runs are repeatable. A folder that holds more
/// than `maxFiles` inputs is refused before anything is read: a mistyped path such as
/// a home folder should not start a run over a million files.
enum InputFiles {
    /// The default for `--max-files`: far more than any department submission folder holds.
    static let defaultMaxFiles = ImportOptions.defaultMaxFiles

    /// The file extensions taken from a folder.
    static let extensions: Set<String> = Workbook.fileExtensions.union(["csv"])

    /// The input files for `paths`, in the order given, folders expanded in sorted order.
    static func expand(_ paths: [String], maxFiles: Int = defaultMaxFiles,
                       extensions: Set<String> = extensions) throws -> [String] {
        try expandKeepingRelativePaths(paths, maxFiles: maxFiles, extensions: extensions).map(\.path)
    }

    /// The input files for `paths`, each with its path below the folder it was found in
    /// (its file name, for a file named directly), so outputs can mirror the input tree.
    static func expandKeepingRelativePaths(_ paths: [String], maxFiles: Int = defaultMaxFiles,
                                           extensions: Set<String> = extensions) throws -> [(path: String, relative: String)] {
        var files: [(path: String, relative: String)] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError.usage("\(path): no such file or folder / ファイルまたはフォルダーが見つかりません")
            }
            if isFolder.boolValue {
                files += try filesInFolder(path, maxFiles: maxFiles, extensions: extensions)
            } else {
                files.append((path, URL(fileURLWithPath: path).lastPathComponent))
            }
        }
        return files
    }

    /// Whether any of `paths` is a folder.
    static func containsFolder(_ paths: [String]) -> Bool {
        paths.contains { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Every input file below a folder, sorted by path; stops and throws as soon as there are more than `maxFiles`.
    static func filesInFolder(_ folder: String, maxFiles: Int,
                              extensions: Set<String> = extensions) throws -> [(path: String, relative: String)] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CLIError.usage("\(folder): cannot read the folder / フォルダーを読めません")
        }
        var found: [(path: String, relative: String)] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard extensions.contains(url.pathExtension.lowercased()), !name.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = relativePath(of: url, under: root)
            found.append((folder.hasSuffix("/") ? folder + relative : folder + "/" + relative, relative))
            if found.count > maxFiles {
                throw CLIError.usage("""
                    \(folder): more than \(maxFiles) input files in the folder; raise the limit with --max-files if that is intended \
                    / フォルダー内の入力ファイルが \(maxFiles) 個を超えています（意図どおりなら --max-files で上限を変更できます）
                    """)
            }
        }
        // Byte order, not locale order: the same folder gives the same run on every machine.
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The path of `url` below `root`, so results keep the spelling the person typed.
    private static func relativePath(of url: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let full = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        guard full.count > base.count, Array(full.prefix(base.count)) == base else { return url.lastPathComponent }
        return full.dropFirst(base.count).joined(separator: "/")
    }
}
