import Foundation
import XLSX

/// One input of a batch conversion: the path to read, and the path its outputs mirror below `-o DIR`.
struct BatchInput: Equatable, Sendable {
    /// The path as given (a file) or found (below a folder).
    var path: String
    /// The path below the output folder, without extension: `sub/file` for `FOLDER/sub/file.xlsx`,
    /// `file` for a file named on the command line.
    var outputStem: String
}

/// The inputs of a batch conversion: the command line's files and folders, expanded by
/// ``InputFiles`` (which also enforces `--max-files`), each with the output stem `-o DIR` mirrors.
enum BatchInputs {
    /// Expands `paths`: files are taken as they are, folders are walked recursively for files whose
    /// extension is in `extensions` (hidden files and Excel's `~$` lock files skipped), sorted by path.
    /// The whole list comes back even with `shard` (which only picks the skipped files to print):
    /// ``BatchConversion`` checks every output name against all inputs, then converts its shard.
    /// Nothing to convert (folders holding no file of those extensions) is an input error (exit 2),
    /// not a run that converted 0 files: the job could not be done.
    static func expand(_ paths: [String], extensions: Set<String>, maxFiles: Int, shard: InputShard? = nil) throws -> [BatchInput] {
        let inputs = try InputFiles.expandKeepingRelativePaths(paths, maxFiles: maxFiles, extensions: extensions, shard: shard).map {
            BatchInput(path: $0.path, outputStem: stem(of: $0.relative))
        }
        guard !inputs.isEmpty else {
            let accepted = extensions.sorted().map { "." + $0 }.joined(separator: " ")
            throw CLIError.usage(
                paths.joined(separator: ", "), ja: "変換できるファイルがありません（\(accepted)）",
                en: "no file to convert here (it reads \(accepted))")
        }
        return inputs
    }

    private static func stem(of relativePath: String) -> String {
        guard let dot = relativePath.lastIndex(of: "."), relativePath[dot...].contains("/") == false,
            dot != relativePath.startIndex
        else { return relativePath }
        return String(relativePath[..<dot])
    }
}
