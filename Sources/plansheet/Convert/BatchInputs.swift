import Foundation

/// One input of a batch conversion: the path to read, and the path its outputs mirror below `-o DIR`.
struct BatchInput: Equatable, Sendable {
    /// The path as given (a file) or found (below a folder).
    var path: String
    /// The path below the output folder, without extension: `sub/file` for `FOLDER/sub/file.xlsx`,
    /// `file` for a file named on the command line.
    var outputStem: String
}

/// Expands the command line's files and folders into the inputs of a batch conversion.
///
/// Written for `convert` before the shared `Support/InputFiles.swift` reached main; it
/// also keeps each file's path relative to the folder it was found in, which `-o DIR`
/// needs to mirror the input tree.
enum BatchInputs {
    /// Expands `paths`: files are taken as they are, folders are walked recursively for files whose
    /// extension is in `extensions` (hidden files and Excel's `~$` lock files skipped), sorted by path.
    static func expand(_ paths: [String], extensions: Set<String>) throws -> [BatchInput] {
        var inputs: [BatchInput] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError.usage("\(path): no such file or folder / ファイルまたはフォルダーが見つかりません")
            }
            if isFolder.boolValue {
                inputs += try files(below: path, extensions: extensions)
            } else {
                inputs.append(BatchInput(path: path, outputStem: stem(of: URL(fileURLWithPath: path).lastPathComponent)))
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

    private static func files(below folder: String, extensions: Set<String>) throws -> [BatchInput] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CLIError.usage("\(folder): cannot read the folder / フォルダーを読めません")
        }
        let rootComponents = root.resolvingSymlinksInPath().pathComponents
        var found: [BatchInput] = []
        for case let url as URL in walker {
            guard extensions.contains(url.pathExtension.lowercased()), !url.lastPathComponent.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let components = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
            let relative = components.count > rootComponents.count && Array(components.prefix(rootComponents.count)) == rootComponents
                ? components.dropFirst(rootComponents.count).joined(separator: "/") : url.lastPathComponent
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            found.append(BatchInput(path: path, outputStem: stem(of: relative)))
        }
        // Byte order, not locale order: the same folder gives the same run on every machine.
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func stem(of relativePath: String) -> String {
        guard let dot = relativePath.lastIndex(of: "."), relativePath[dot...].contains("/") == false,
              dot != relativePath.startIndex else { return relativePath }
        return String(relativePath[..<dot])
    }
}
