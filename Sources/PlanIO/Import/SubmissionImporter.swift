import PlanModel
import XLSX

/// Reads one department's submission: picks the sheets that hold the plan, takes the department
/// from a cover sheet when one names it, and reads each plan sheet.
public struct SubmissionImporter: Sendable {
    /// What one submission gave.
    public struct Result: Sendable {
        /// The file's name.
        public var file: String
        /// The initiatives, in sheet and row order, with their cells.
        public var initiatives: [ImportedInitiative]
        /// Problems met while reading (unknown columns).
        public var issues: [PlanIssue]
        /// Sheets not read, and why.
        public var skippedSheets: [SkippedSheet]
    }

    /// Choices the files may not make.
    public var options: ImportOptions

    /// Makes an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Sheet names that are a cover (表紙) or notes, NFKC-normalised and lower-cased.
    static let coverNames = ["表紙", "cover", "カバー"]
    static let notesNames = ["記入要領", "記入例", "注意事項", "説明", "notes", "readme", "凡例", "使い方", "作成要領"]

    /// Reads the sheets of one file; `file` names it in sources and messages.
    public func read(sheets: [SubmissionSheet], file: String) -> Result {
        var result = Result(file: file, initiatives: [], issues: [], skippedSheets: [])
        var coverDepartment: String?
        var candidates: [SubmissionSheet] = []
        for sheet in sheets {
            let key = MatchingKey(sheet.name).rawValue.lowercased()
            if sheet.isHidden {
                result.skippedSheets.append(skip(file, sheet, "非表示のシート", "hidden sheet"))
            } else if sheet.isEmpty {
                result.skippedSheets.append(skip(file, sheet, "空のシート", "empty sheet"))
            } else if Self.coverNames.contains(where: { key.contains($0) }) {
                coverDepartment = coverDepartment ?? Self.department(onCover: sheet)
                result.skippedSheets.append(skip(file, sheet, "表紙", "cover sheet"))
            } else if Self.notesNames.contains(where: { key.contains($0) }) {
                result.skippedSheets.append(skip(file, sheet, "記入要領・注意書きのシート", "notes sheet"))
            } else {
                candidates.append(sheet)
            }
        }
        let fallback = coverDepartment ?? options.department ?? Self.department(fromFileName: file)
        for sheet in candidates {
            let read = SheetImporter(file: file, sheet: sheet, fallbackDepartment: fallback, options: options).read()
            if let reason = read.skipReason {
                result.skippedSheets.append(skip(file, sheet, reason.ja, reason.en))
                continue
            }
            result.initiatives += read.initiatives
            result.issues += read.issues
        }
        return result
    }

    private func skip(_ file: String, _ sheet: SubmissionSheet, _ ja: String, _ en: String) -> SkippedSheet {
        SkippedSheet(file: file, sheet: sheet.name, reasonJa: ja, reasonEn: en)
    }

    /// The department a cover sheet names: the cell right of 部局名 / 所管 / 提出部局, or a `所管：…` line.
    static func department(onCover sheet: SubmissionSheet) -> String? {
        let labels: Set<String> = ["部局名", "部局", "所管", "所管部局", "所管課", "担当部局", "提出部局", "部署名", "担当課"]
        for (rowIndex, row) in sheet.rows.enumerated() {
            for column in row.indices {
                let text = sheet.text(rowIndex, column)
                if let department = BlockTitle.departmentLine(text) { return department }
                guard labels.contains(MatchingKey(text).rawValue) else { continue }
                for right in (column + 1)..<max(column + 1, row.count) {
                    if let value = ImportText.nonBlank(sheet.text(rowIndex, right)) { return value }
                }
            }
        }
        return nil
    }

    /// The file's name without folder and extension: the department of last resort.
    static func department(fromFileName file: String) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return ImportText.nonBlank(stem.isEmpty ? name : stem)
    }
}
