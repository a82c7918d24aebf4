import Foundation
import PlanModel
import XLSX

/// Imports many department submissions into one plan: files are read in parallel on all cores,
/// their initiatives kept apart and in file order, duplicates across files reported.
///
/// ```swift
/// let result = try PlanImporter(options: ImportOptions(version: "R3改定")).importFiles([folderURL])
/// print(result.plan.initiatives.count, result.issues)
/// ```
public struct PlanImporter: Sendable {
    /// What an import gave.
    public struct Result: Sendable {
        /// The plan: every initiative of every file, files in name order.
        public var plan: Plan
        /// The initiatives with the cells they came from, in the plan's order.
        public var initiatives: [ImportedInitiative]
        /// Problems met while reading: unknown columns, duplicates, unreadable files.
        public var issues: [PlanIssue]
        /// Sheets not read, and why.
        public var skippedSheets: [SkippedSheet]
        /// The files read, in order.
        public var files: [String]
    }

    /// Choices the files may not make.
    public var options: ImportOptions

    /// Makes an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// The `.xlsx`/`.xlsm` files named or contained (recursively) in `inputs`, sorted by path;
    /// Excel's lock files (`~$…`) and hidden files are left out. A folder holding more than
    /// `maxFiles` of them is refused before anything is read.
    public static func submissionFiles(in inputs: [URL], maxFiles: Int = ImportOptions.defaultMaxFiles) throws -> [URL] {
        var files: [URL] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory) else {
                throw PlanImportError.missingInput(input.path)
            }
            guard isDirectory.boolValue else { files.append(input); continue }
            let enumerator = FileManager.default.enumerator(at: input, includingPropertiesForKeys: nil,
                                                            options: [.skipsHiddenFiles])
            var found: [URL] = []
            while let url = enumerator?.nextObject() as? URL {
                let name = url.lastPathComponent
                guard !name.hasPrefix("~$"), Workbook.fileExtensions.contains(url.pathExtension.lowercased()) else { continue }
                found.append(url)
                if found.count > maxFiles { throw PlanImportError.tooManyFiles(input.path, limit: maxFiles) }
            }
            files += found.sorted { $0.path < $1.path }
        }
        return files
    }

    /// Reads every submission in `inputs` (files or folders) into one plan.
    /// A file that cannot be read is reported as an issue; the others are still imported.
    public func importFiles(_ inputs: [URL]) throws -> Result {
        let files = try Self.submissionFiles(in: inputs, maxFiles: options.maxFiles)
        let results = ConcurrentMap.map(files) { url -> SubmissionImporter.Result in
            let name = url.lastPathComponent
            do {
                let sheets = try Self.sheets(of: url, limits: options.limits)
                return SubmissionImporter(options: options).read(sheets: sheets, file: name)
            } catch {
                let issue = PlanIssue(.error, .unreadableFile, at: SourceLocation(file: name),
                                      ja: "ファイルを読めません: \(error)", en: "cannot read the file: \(error)")
                return SubmissionImporter.Result(file: name, initiatives: [], issues: [issue], skippedSheets: [])
            }
        }
        return combine(results)
    }

    /// Combines submissions read elsewhere (in tests, from grids) into one plan.
    public func combine(_ submissions: [SubmissionImporter.Result]) -> Result {
        var initiatives: [ImportedInitiative] = []
        var issues: [PlanIssue] = []
        var skipped: [SkippedSheet] = []
        var firstSeen: [MatchingKey: SourceLocation] = [:]
        for submission in submissions {
            for imported in submission.initiatives {
                let key = MatchingKey(imported.initiative.title)
                let here = imported.initiative.source ?? SourceLocation(file: submission.file)
                if let earlier = firstSeen[key] {
                    issues.append(PlanIssue(.warning, .duplicateInitiative, at: here,
                        ja: "取組「\(imported.initiative.title)」は \(earlier) にもあります（両方を取り込みました）",
                        en: "initiative \"\(imported.initiative.title)\" also appears at \(earlier) (both kept)"))
                } else {
                    firstSeen[key] = here
                }
                initiatives.append(imported)
            }
            issues += submission.issues
            skipped += submission.skippedSheets
        }
        let plan = Plan(title: options.title, version: options.version, initiatives: initiatives.map(\.initiative))
        return Result(plan: plan, initiatives: initiatives, issues: issues, skippedSheets: skipped,
                      files: submissions.map(\.file))
    }

    /// The sheets of a workbook, as the importer reads them (chart sheets have no cells and are left out).
    public static func sheets(of url: URL, limits: ReadLimits = .default) throws -> [SubmissionSheet] {
        let book = try Workbook(contentsOf: url, limits: limits)
        return try book.sheets.filter { $0.kind == .worksheet }.map { info in
            SubmissionSheet(name: info.name, grid: try book.grid(of: info), isHidden: info.state != .visible)
        }
    }
}

/// Why an import could not start.
public enum PlanImportError: Error, CustomStringConvertible {
    /// A named file or folder does not exist.
    case missingInput(String)
    /// A folder holds more submission files than ``ImportOptions/maxFiles``.
    case tooManyFiles(String, limit: Int)

    /// The message, in Japanese and English.
    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): ファイルがありません / no such file or folder"
        case .tooManyFiles(let path, let limit):
            return "\(path): フォルダー内の提出ファイルが \(limit) 個を超えています（--max-files で上限を変更できます） "
                + "/ more than \(limit) submission files in the folder; raise the limit with --max-files"
        }
    }
}
