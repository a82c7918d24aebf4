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
        /// Rows and columns left out, and why.
        public var skippedRows: [SkippedRow] = []
        /// What was seen in each sheet read, for `inspect`.
        public var inspections: [SheetInspection] = []
        /// The files read, in order.
        public var files: [String]
    }

    /// Choices the files may not make.
    public var options: ImportOptions

    /// Makes an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// The workbooks (`Workbook.fileExtensions`: .xlsx, .xlsm, .xls, .ods) named or contained (recursively) in `inputs`, sorted by path;
    /// Excel's lock files (`~$…`) and hidden files are left out. A folder holding more than
    /// `maxFiles` of them is refused before anything is read.
    public static func submissionFiles(in inputs: [URL], maxFiles: Int = ImportOptions.defaultMaxFiles) throws -> [URL] {
        try folderContents(in: inputs, maxFiles: maxFiles).files
    }

    /// The issue for a file of a folder that is not read, saying why: an error for a spreadsheet that is not a
    /// submission workbook (.csv), a warning for Excel's lock files (`~$…`), hidden files and anything else.
    public static func notReadIssue(_ url: URL, root: URL, hidden: Bool = false) -> PlanIssue {
        let name = url.lastPathComponent
        let shown = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.path
        let place = SourceLocation(file: shown)
        if name.hasPrefix("~$") {
            return PlanIssue(
                .warning, .skippedFile, at: place, ja: "Excel の一時ファイル（~$）なので読みません",
                en: "Excel lock file (~$), not read")
        }
        if hidden {
            return PlanIssue(.warning, .skippedFile, at: place, ja: "隠しファイルなので読みません", en: "hidden file or folder, not read")
        }
        switch url.pathExtension.lowercased() {
        case "csv", "tsv":
            return PlanIssue(
                .error, .skippedFile, at: place, ja: "CSV は提出ファイルとして読みません。.xlsx で提出してください",
                en: "CSV file, not read as a submission: send it as .xlsx")
        default:
            return PlanIssue(
                .warning, .skippedFile, at: place, ja: "表計算ファイルではないので読みません",
                en: "not a spreadsheet, not read")
        }
    }

    /// The workbooks to read in `inputs`, and an issue for every other file found in a folder. The walk is
    /// XLSX's `InputWalk`, the one every command uses.
    public static func folderContents(in inputs: [URL], maxFiles: Int = ImportOptions.defaultMaxFiles) throws
        -> (files: [URL], notRead: [PlanIssue])
    {
        var files: [URL] = []
        var notRead: [PlanIssue] = []
        for input in inputs {
            let walk: InputWalk.Result
            do {
                walk = try InputWalk.expand([input.path], extensions: Workbook.fileExtensions, maxFiles: maxFiles)
            } catch InputWalk.Failure.tooManyFiles(let folder, let limit) {
                throw PlanImportError.tooManyFiles(folder, limit: limit)
            }
            files += walk.files.map { URL(fileURLWithPath: $0.path, isDirectory: false) }
            notRead += walk.skipped.map {
                notReadIssue(URL(fileURLWithPath: $0.path, isDirectory: false), root: input, hidden: $0.reason == .hidden)
            }
        }
        return (files, notRead.sorted { $0.location.file < $1.location.file })
    }

    /// Reads every submission in `inputs` (files or folders) into one plan.
    /// A file that cannot be read is reported as an issue; the others are still imported.
    ///
    /// A `.json` file among `inputs` is a plan part (the JSON of an import over one `shard`):
    /// its initiatives join the plan at its place in `inputs`, checked for duplicates like a
    /// file's. With `shard`, only that shard's files are read (`InputShard`), and what the
    /// folders hold that is not read is reported by one shard only, so shards never repeat it.
    public func importFiles(_ inputs: [URL], shard: InputShard? = nil) throws -> Result {
        var sources: [ImportSource] = []
        var notRead: [PlanIssue] = []
        for input in inputs {
            // A folder is walked whatever its name: only a file named *.json is a part.
            if PlanPart.isPart(input) && !InputWalk.containsFolder([input.path]) {
                guard FileManager.default.fileExists(atPath: input.path) else { throw InputWalk.Failure.missing(path: input.path) }
                sources.append(.part(input))
                continue
            }
            let contents = try Self.folderContents(in: [input], maxFiles: options.maxFiles)
            sources += contents.files.map(ImportSource.workbook)
            notRead += contents.notRead
        }
        notRead.sort { $0.location.file < $1.location.file }
        if let shard {
            if let part = sources.first(where: \.isPart) {
                throw PlanImportError.shardedParts(part.url.path)
            }
            sources = shard.slice(of: sources)
            notRead = shard.slice(of: notRead)
        }
        let read = ConcurrentMap.map(sources) { source -> PlanPart.Contents in
            switch source {
            case .workbook(let url): return PlanPart.Contents(submission: readSubmission(url))
            case .part(let url): return PlanPart.read(url, byteLimit: options.limits.maxEntrySize)
            }
        }
        var titles = PartLabels(option: "--title"), versions = PartLabels(option: "--version")
        for (source, contents) in zip(sources, read) where source.isPart {
            // What an option gives wins, so parts that disagree only need a choice when no option made one.
            if options.title == nil { try titles.add(contents.title, from: source.url.lastPathComponent) }
            if options.version == nil { try versions.add(contents.version, from: source.url.lastPathComponent) }
        }
        let results = read.map(\.submission)
        var result = combine(results)
        result.issues = notRead + result.issues
        if options.title == nil { result.plan.title = titles.agreed }
        if options.version == nil { result.plan.version = versions.agreed }
        return result
    }

    /// One submission file read into initiatives; a file that cannot be read is an issue.
    private func readSubmission(_ url: URL) -> SubmissionImporter.Result {
        let name = url.lastPathComponent
        do {
            let sheets = try Self.sheets(of: url, limits: options.limits)
            return SubmissionImporter(options: options).read(sheets: sheets, file: name)
        } catch {
            // The reader's own bilingual message, so the Japanese half is Japanese throughout.
            let (japanese, english) = (error as? BilingualError).map { ($0.japanese, $0.english) } ?? ("\(error)", "\(error)")
            let issue = PlanIssue(
                .error, .unreadableFile, at: SourceLocation(file: name),
                ja: "ファイルを読めません: \(japanese)", en: "cannot read the file: \(english)")
            return SubmissionImporter.Result(file: name, initiatives: [], issues: [issue], skippedSheets: [])
        }
    }

    /// Combines submissions read elsewhere (in tests, from grids) into one plan.
    public func combine(_ submissions: [SubmissionImporter.Result]) -> Result {
        var initiatives: [ImportedInitiative] = []
        var issues: [PlanIssue] = []
        var skipped: [SkippedSheet] = []
        var skippedRows: [SkippedRow] = []
        var inspections: [SheetInspection] = []
        var firstSeen: [MatchingKey: SourceLocation] = [:]
        for submission in submissions {
            for imported in submission.initiatives {
                let key = MatchingKey(imported.initiative.title)
                let here = imported.initiative.source ?? SourceLocation(file: submission.file)
                if let earlier = firstSeen[key] {
                    issues.append(
                        PlanIssue(
                            .warning, .duplicateInitiative, at: here,
                            ja: "取組「\(imported.initiative.title)」は \(earlier) にもあります（両方を取り込みました）",
                            en: "initiative \"\(imported.initiative.title)\" also appears at \(earlier) (both kept)"))
                } else {
                    firstSeen[key] = here
                }
                initiatives.append(imported)
            }
            issues += submission.issues
            skipped += submission.skippedSheets
            skippedRows += submission.skippedRows
            inspections += submission.inspections
        }
        let plan = Plan(title: options.title, version: options.version, initiatives: initiatives.map(\.initiative))
        return Result(
            plan: plan, initiatives: initiatives, issues: issues, skippedSheets: skipped,
            skippedRows: skippedRows, inspections: inspections, files: submissions.map(\.file))
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
    /// A folder holds more submission files than ``ImportOptions/maxFiles``.
    case tooManyFiles(String, limit: Int)
    /// A plan part was named in a sharded import: parts are merged in one run over all of them.
    case shardedParts(String)
    /// Two plan parts carry different titles or versions and no option chose one.
    case partsDisagree(option: String, first: String, second: String)

    /// The message, in Japanese and English.
    public var description: String {
        switch self {
        case .tooManyFiles(let path, let limit):
            return "\(path): フォルダー内の提出ファイルが \(limit) 個を超えています（--max-files で上限を変更できます） "
                + "/ more than \(limit) submission files in the folder; raise the limit with --max-files"
        case .shardedParts(let path):
            return "\(path): 計画JSONの部分ファイルは --shard なしの 1 回の実行で統合してください "
                + "/ plan JSON parts are merged by one run without --shard"
        case .partsDisagree(let option, let first, let second):
            return "\(option.dropFirst(2)) が部分ファイルごとに異なります（\(first) と \(second)）。\(option) で指定してください "
                + "/ the parts give different \(option.dropFirst(2))s (\(first) and \(second)); choose one with \(option)"
        }
    }
}
