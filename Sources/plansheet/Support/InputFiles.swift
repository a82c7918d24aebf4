import Foundation
import PlanIO
import XLSX

/// The command line's side of XLSX's ``InputWalk``: the walk's failures become usage
/// errors (exit 2), and what it skipped is printed, one line each, on standard error.
enum InputFiles {
    /// The default for `--max-files`.
    static let defaultMaxFiles = InputWalk.defaultMaxFiles

    /// What a folder contributes to `convert --to xlsx` (CSV too) and to reading workbooks.
    static let extensions: Set<String> = Workbook.fileExtensions.union(["csv"])

    /// The input files for `paths`, in the order given, folders expanded in sorted order.
    static func expand(
        _ paths: [String], maxFiles: Int = defaultMaxFiles,
        extensions: Set<String> = extensions
    ) throws -> [String] {
        try expandKeepingRelativePaths(paths, maxFiles: maxFiles, extensions: extensions).map(\.path)
    }

    /// The input files for `paths`, each with its path below the folder it was found in. With
    /// `shard`, the skipped files printed are that shard's slice of them, so shards never repeat a line.
    static func expandKeepingRelativePaths(
        _ paths: [String], maxFiles: Int = defaultMaxFiles, extensions: Set<String> = extensions,
        shard: InputShard? = nil
    ) throws -> [(path: String, relative: String)] {
        let walk = try InputWalk.expand(paths, extensions: extensions, maxFiles: maxFiles)
        let shown = walk.skipped.filter { $0.reason != .hidden }
        for skipped in shard?.slice(of: shown) ?? shown {
            FileHandle.standardError.write(Data("plansheet: \(skipped)\n".utf8))
        }
        return walk.files.map { ($0.path, $0.relative) }
    }

    /// Refuses, before anything is read, a named input that does not exist (`-` is standard input),
    /// with the words of XLSX's `InputWalk.Failure.missing`, the same on every command.
    static func requireExisting(_ paths: [String]) throws {
        for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
            throw InputWalk.Failure.missing(path: path)
        }
    }

    /// Whether any of `paths` is a folder.
    static func containsFolder(_ paths: [String]) -> Bool { InputWalk.containsFolder(paths) }
}
