import Foundation

/// Expands the paths a person names on the command line into the input files to read:
/// a file stays as it is, a folder becomes every workbook and CSV file below it.
///
/// Folders are walked recursively; only `.xlsx`, `.xlsm` and `.csv` files are taken
/// (case-insensitive), hidden files and Excel's `~$` lock files are skipped, and each
/// folder's files come sorted by path so runs are repeatable. A folder that holds more
/// than `maxFiles` inputs is refused before anything is read: a mistyped path such as
/// a home folder should not start a run over a million files.
enum InputFiles {
    /// The default for `--max-files`: far more than any department submission folder holds.
    static let defaultMaxFiles = 10_000

    /// The file extensions taken from a folder.
    static let extensions: Set<String> = ["xlsx", "xlsm", "csv"]

    /// The input files for `paths`, in the order given, folders expanded in sorted order.
    static func expand(_ paths: [String], maxFiles: Int = defaultMaxFiles) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError.usage("\(path): no such file or folder / ファイルまたはフォルダーが見つかりません")
            }
            if isFolder.boolValue {
                files += try filesInFolder(path, maxFiles: maxFiles)
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Every input file below a folder, sorted by path; stops and throws as soon as there are more than `maxFiles`.
    static func filesInFolder(_ folder: String, maxFiles: Int) throws -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CLIError.usage("\(folder): cannot read the folder / フォルダーを読めません")
        }
        var found: [String] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard extensions.contains(url.pathExtension.lowercased()), !name.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(folder.hasSuffix("/") ? folder + relativePath(of: url, under: root)
                                               : folder + "/" + relativePath(of: url, under: root))
            if found.count > maxFiles {
                throw CLIError.usage("""
                    \(folder): more than \(maxFiles) input files in the folder; raise the limit with --max-files if that is intended \
                    / フォルダー内の入力ファイルが \(maxFiles) 個を超えています（意図どおりなら --max-files で上限を変更できます）
                    """)
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The path of `url` below `root`, so results keep the spelling the person typed.
    private static func relativePath(of url: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let full = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        guard full.count > base.count, Array(full.prefix(base.count)) == base else { return url.lastPathComponent }
        return full.dropFirst(base.count).joined(separator: "/")
    }
}
