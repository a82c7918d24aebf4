import Foundation

/// One input of a batch conversion: the path to read, and the path its outputs mirror below `-o DIR`.
struct BatchInput: Equatable, Sendable {
    /// The path as given (a file) or found (below a folder).
    var path: String
    /// The path below the output folder, without extension: `sub/file` for `FOLDER/sub/file.xlsx`,
    /// `file` for a file named on the command line.
    var outputStem: String
}

/// Expands the command line's files and folders into the inputs of a batch conversion, on
/// ``InputFiles`` (recursive, sorted, hidden and `~$` lock files skipped, `--max-files`),
/// keeping each file's path below its folder so `-o DIR` can mirror the input tree.
enum BatchInputs {
    /// Expands `paths`: files are taken as they are; from folders, the files whose extension is in `extensions`.
    static func expand(_ paths: [String], extensions: Set<String>, maxFiles: Int) throws -> [BatchInput] {
        var inputs: [BatchInput] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError.usage("\(path): no such file or folder / ファイルまたはフォルダーが見つかりません")
            }
            guard isFolder.boolValue else {
                inputs.append(BatchInput(path: path, outputStem: stem(of: URL(fileURLWithPath: path).lastPathComponent)))
                continue
            }
            // InputFiles spells every found file as FOLDER/relative/path: the part after the folder is what -o mirrors.
            let prefix = path.hasSuffix("/") ? path : path + "/"
            for file in try InputFiles.filesInFolder(path, maxFiles: maxFiles)
            where extensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased()) {
                let relative = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : URL(fileURLWithPath: file).lastPathComponent
                inputs.append(BatchInput(path: file, outputStem: stem(of: relative)))
            }
        }
        return inputs
    }

    /// Whether any of `paths` is a folder (a folder makes even a single argument a batch).
    static func containsFolder(_ paths: [String]) -> Bool {
        paths.contains { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// `sub/file.xlsx` → `sub/file`; a name without extension stays as it is.
    private static func stem(of relativePath: String) -> String {
        let name = URL(fileURLWithPath: relativePath).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relativePath }
        return String(relativePath.dropLast(name.distance(from: dot, to: name.endIndex)))
    }
}
