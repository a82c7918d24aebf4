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
        /// Rows and columns left out (hidden, legend, heading, example, note, repeated header).
        public var skippedRows: [SkippedRow] = []
        /// What was seen in each sheet, for `inspect`.
        public var inspections: [SheetInspection] = []
    }

    /// Choices the files may not make.
    public var options: ImportOptions

    /// Makes an importer.
    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Sheet names that are a cover (表紙) or notes, NFKC-normalised and lower-cased.
    static let coverNames = ["表紙", "cover", "カバー", "かがみ", "鑑"]
    static let notesNames = ["記入要領", "記入例", "注意", "説明", "notes", "readme", "凡例", "使い方", "要領"]

    /// Reads the sheets of one file; `file` names it in sources and messages.
    public func read(sheets: [SubmissionSheet], file: String) -> Result {
        var result = Result(file: file, initiatives: [], issues: [], skippedSheets: [])
        var coverDepartment: String?
        var workbookLegend = StatusLegend()
        var candidates: [SubmissionSheet] = []
        for sheet in sheets {
            let key = MatchingKey(sheet.name).rawValue.lowercased()
            if let reason = options.profile?.skipReason(forSheet: sheet.name) {
                result.skippedSheets.append(skip(file, sheet, reason.ja, reason.en))
            } else if sheet.isHidden {
                result.skippedSheets.append(skip(file, sheet, "非表示のシート", "hidden sheet"))
            } else if sheet.isEmpty {
                result.skippedSheets.append(skip(file, sheet, "空のシート", "empty sheet"))
            } else if options.profile?.namesExactly(sheet.name) ?? false {
                // A sheet the profile names outright is read whatever its name suggests.
                candidates.append(sheet)
            } else if Self.coverNames.contains(where: { key.contains($0) }) {
                coverDepartment = coverDepartment ?? Self.department(onCover: sheet)
                result.skippedSheets.append(skip(file, sheet, "表紙", "cover sheet"))
            } else if Self.notesNames.contains(where: { key.contains($0) }) {
                // The instructions often carry the evaluation scale (`Ａ：順調　Ｂ：…`): it is the workbook's.
                let legend = Self.legend(onNotes: sheet)
                workbookLegend.merge(legend)
                let symbols = legend.meanings.keys.sorted().joined(separator: " ")
                result.skippedSheets.append(
                    legend.meanings.isEmpty
                        ? skip(file, sheet, "記入要領・注意書きのシート", "notes sheet")
                        : skip(
                            file, sheet, "記入要領・注意書きのシート（評価の凡例 \(symbols) を読みました）",
                            "notes sheet (its legend of \(symbols) is read for the workbook's statuses)"))
            } else {
                candidates.append(sheet)
            }
        }
        let fileDepartment = Self.department(fromFileName: file)
        let fallback = coverDepartment ?? options.department
        var headersSeen: [String] = []
        var readSoFar = RepeatedView()
        for sheet in candidates {
            // In a workbook with a sheet per department, the sheet's name is its department; a single sheet
            // named like a department still names it better than the file name does.
            let sheetDepartment = Self.department(fromSheetName: sheet.name)
            let rules = options.profile?.rules(forSheet: sheet.name)
            let department =
                rules?.department
                ?? (candidates.count > 1 ? sheetDepartment ?? fallback : fallback ?? sheetDepartment)
            let read = SheetImporter(
                file: file, sheet: sheet, fallbackDepartment: department ?? fileDepartment,
                options: options, rules: rules, workbookLegend: workbookLegend
            ).read()
            result.skippedRows += read.skippedRows
            result.inspections.append(SheetInspection(file: file, sheet: sheet.name, read: read))
            if let reason = read.skipReason {
                result.skippedSheets.append(skip(file, sheet, reason.ja, reason.en))
                headersSeen.append(Self.firstTexts(of: sheet))
                continue
            }
            if read.header?.rowYearColumn != nil, let earlier = readSoFar.earlierSheet(holdingAll: read.initiatives) {
                result.skippedSheets.append(
                    skip(
                        file, sheet, "シート「\(earlier)」と同じ取組を年度別（縦持ち）に並べ直したシート（二重に取り込みません）",
                        "the initiatives of sheet 「\(earlier)」 again, with years down the rows (not imported twice)"))
                continue
            }
            readSoFar.record(read.initiatives, sheet: sheet.name)
            result.initiatives += read.initiatives
            result.issues += read.issues
        }
        if let profile = options.profile {
            result.issues += profile.unmatchedRules(sheetNames: sheets.map(\.name), file: file)
        }
        if result.initiatives.isEmpty, !sheets.isEmpty {
            result.issues.append(Self.nothingImported(file, headersSeen: headersSeen.filter { !$0.isEmpty }))
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
            for (column, _) in row.entries {
                let text = sheet.text(rowIndex, column)
                if let department = BlockTitle.departmentLine(text) { return department }
                guard labels.contains(MatchingKey(text).rawValue) else { continue }
                for (right, _) in row.entries where right > column {
                    if let value = ImportText.nonBlank(sheet.text(rowIndex, right)) { return value }
                }
            }
        }
        return nil
    }

    /// The legend lines of a notes sheet (記入要領), merged: the status scale its data sheets use.
    static func legend(onNotes sheet: SubmissionSheet) -> StatusLegend {
        var legend = StatusLegend()
        for (rowIndex, row) in sheet.rows.prefix(200).enumerated() {
            for (column, _) in row.entries {
                if let found = StatusLegend.parse(sheet.text(rowIndex, column)) { legend.merge(found) }
            }
        }
        return legend
    }

    /// Endings of a sheet name that names a department (`企画財政部`, `総務課`, `危機管理防災室`).
    static let departmentNameEndings = ["部", "局", "課", "室", "庁", "委員会", "本部", "センター"]

    /// The sheet's name when it reads as a department's, else nil (`Sheet1` and `取組状況` do not); a
    /// number that orders the sheets is no part of it (`01_企画財政部`, `2.総務部`, `③会計局`).
    static func department(fromSheetName name: String) -> String? {
        var trimmed = Substring(ImportText.trimmed(name))
        let numbered = trimmed.drop { $0.isNumber || $0 == "(" || $0 == ")" || $0 == "（" || $0 == "）" }
        if numbered.count < trimmed.count, let next = numbered.first, "_-．.・ 　".contains(next) || !next.isASCII {
            trimmed = numbered.drop { "_-．.・ 　".contains($0) }
        }
        let department = String(trimmed)
        return departmentNameEndings.contains(where: department.hasSuffix) && department.count <= 20 && department.count >= 2
            ? department : nil
    }

    /// The first short texts of a sheet, as a clue to what its header was.
    static func firstTexts(of sheet: SubmissionSheet) -> String {
        let row = sheet.rows.prefix(20).first { $0.entryCount >= 3 } ?? sheet.rows.first ?? []
        return row.entries.lazy.map { ImportText.trimmed(ImportText.text(of: $0.value)) }.filter { !$0.isEmpty }.prefix(8)
            .map { String($0.prefix(20)) }.joined(separator: " | ")
    }

    /// The error for a file from which no initiative was read: what was seen, the nearest known wording,
    /// and where to look further.
    static func nothingImported(_ file: String, headersSeen: [String]) -> PlanIssue {
        let seen = headersSeen.first ?? ""
        let nearest = seen.split(separator: "|").lazy.compactMap { HeaderMeaning.nearestWording(to: String($0)) }.first
        let seenJa = seen.isEmpty ? "" : "見出しらしき行「\(seen)」"
        let seenEn = seen.isEmpty ? "" : "; the first row with text reads \"\(seen)\""
        let nearestJa = nearest.map { "、近い既知の見出しは「\($0)」" } ?? ""
        let nearestEn = nearest.map { "; the nearest known wording is 「\($0)」" } ?? ""
        return PlanIssue(
            .error, .noInitiatives, at: SourceLocation(file: file),
            ja: "取組を1件も読み込めませんでした\(seenJa.isEmpty ? "" : "（\(seenJa)\(nearestJa)）")。詳しくは plansheet inspect \(file) で確認してください",
            en: "no initiative could be imported\(seenEn)\(nearestEn); run plansheet inspect \(file) to see what was found")
    }

    /// The file's name without folder and extension: the department of last resort.
    static func department(fromFileName file: String) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return ImportText.nonBlank(stem.isEmpty ? name : stem)
    }
}
