/// What the importer saw in one sheet, for `plansheet inspect`: the layout, the header rows, every
/// column with its header text, role and why, how much was read, and what was skipped and why.
public struct SheetInspection: Sendable, Hashable, Codable {
    /// One column of the header.
    public struct Column: Sendable, Hashable, Codable {
        /// The column's letter.
        public var column: String
        /// The header text, stacked rows joined with a space.
        public var header: String
        /// The role given (`title`, `target 2021`…), or nil when none was.
        public var role: String?
        /// How sure the decision is, from 0 to 1; nil when no role was given.
        public var confidence: Double?
        /// Why the role was given, or why none was.
        public var reason: String
        /// Where the decision came from: `profile`, `header` (the header's words), `cells` (what the
        /// column's cells read as) or `none`.
        public var source: String
        /// The profile line that gave the role, when the profile did.
        public var profileLine: Int?
        /// What the decision rests on: the header words, the fiscal year found (or not), the profile.
        public var evidence: [String]
    }

    /// The file.
    public var file: String
    /// The sheet.
    public var sheet: String
    /// `table` (a row per indicator), `free-text` (indicators inside cells), or `skipped`.
    public var layout: String
    /// Why the sheet was skipped, when it was.
    public var skipReason: String?
    /// One-based numbers of the header rows of the first header.
    public var headerRows: [Int]
    /// Where the header rows came from: `detected`, `profile`, or `guessed` (no header was recognised:
    /// the first row of short texts, shown so that a profile can start from it); `none` when there is none.
    public var headerSource: String
    /// The status vocabulary the sheet was read with (its legend and the profile's): symbol → status.
    public var legend: [String: String]
    /// The departments the initiatives were given, in order of first appearance.
    public var departments: [String]
    /// What the layout profile decided for the sheet besides column roles (header rows, department,
    /// unit, status meanings), each with its profile line.
    public var fromProfile: [String]
    /// The header's columns, left to right.
    public var columns: [Column]
    /// Initiatives read from the sheet.
    public var initiatives: Int
    /// Indicators read from the sheet.
    public var indicators: Int
    /// Rows and columns left out, and why.
    public var skippedRows: [SkippedRow]

    /// A sheet that was not read.
    static func skipped(_ file: String, _ sheet: String, ja: String, en: String) -> SheetInspection {
        SheetInspection(
            file: file, sheet: sheet, layout: "skipped", skipReason: "\(ja) / \(en)", headerRows: [], headerSource: "none",
            legend: [:], departments: [], fromProfile: [], columns: [], initiatives: 0, indicators: 0, skippedRows: [])
    }

    /// What a sheet read gave.
    init(file: String, sheet: String, read: SheetImporter.Result) {
        self.file = file
        self.sheet = sheet
        skipReason = read.skipReason.map { "\($0.ja) / \($0.en)" }
        layout = read.skipReason != nil ? "skipped" : (read.header?.isTableLayout ?? false) ? "table" : "free-text"
        initiatives = read.initiatives.count
        indicators = read.initiatives.reduce(0) { $0 + $1.initiative.indicators.count }
        skippedRows = read.skippedRows
        legend = Dictionary(uniqueKeysWithValues: read.legend.meanings.map { ($0.key, $0.value.rawValue) })
        var departments: [String] = []
        for imported in read.initiatives {
            if let department = imported.initiative.department, !departments.contains(department) { departments.append(department) }
        }
        self.departments = departments
        fromProfile = read.rules.map(Self.profileDecisions) ?? []
        guard let header = read.header else {
            headerRows = []
            headerSource = "none"
            columns = []
            return
        }
        headerRows = Array((header.row + 1)...(header.lastRow + 1))
        headerSource = read.headerGuessed ? "guessed" : read.headerFromProfile ? "profile" : "detected"
        columns = header.texts.keys.sorted().map { Self.column(index: $0, of: header) }
    }

    /// The sheet-wide decisions of a profile, in words.
    private static func profileDecisions(_ rules: SheetRules) -> [String] {
        var notes: [String] = []
        if let rows = rules.headerRows {
            notes.append(
                "header rows \(rows.lowerBound == rows.upperBound ? "\(rows.lowerBound)" : "\(rows.lowerBound)-\(rows.upperBound)") (line \(rules.line))")
        }
        if let department = rules.department { notes.append("department \(department) (block at line \(rules.line))") }
        if let unit = rules.unit { notes.append("unit \(unit) (block at line \(rules.line))") }
        for (symbol, status) in rules.status.sorted(by: { $0.key < $1.key }) {
            notes.append("status 「\(symbol)」 = \(status.rawValue) (line \(rules.statusLines[symbol] ?? rules.line))")
        }
        return notes
    }

    /// One column's decision, with what it rests on.
    private static func column(index: Int, of header: HeaderRow) -> Column {
        let text = header.texts[index] ?? ""
        let letter = HeaderRow.letter(index)
        let profileLine = header.profileLines[index]
        if let role = header.roles[index] ?? header.groupRole(of: index), let decision = header.decisions[index] {
            let byCells = header.decidedByCells.contains(index)
            var evidence = [profileLine.map { "profile line \($0)" } ?? (byCells ? "cells: " : "header words: ") + decision.reason]
            switch role {
            case .target(let year), .actual(let year):
                evidence.append(year.map { "fiscal year \($0)" } ?? "no fiscal year found")
            default: break
            }
            return Column(
                column: letter, header: text, role: role.description, confidence: decision.confidence,
                reason: decision.reason, source: profileLine != nil ? "profile" : byCells ? "cells" : "header",
                profileLine: profileLine,
                evidence: evidence)
        }
        let why =
            header.ignoredReasons[index] ?? "no role word found"
            + (HeaderMeaning.nearestWording(to: text).map { "; nearest known wording 「\($0)」" } ?? "")
        return Column(
            column: letter, header: text, role: nil, confidence: nil, reason: why,
            source: profileLine == nil ? "none" : "profile", profileLine: profileLine,
            evidence: profileLine.map { ["profile line \($0)"] } ?? [])
    }

    private init(
        file: String, sheet: String, layout: String, skipReason: String?, headerRows: [Int], headerSource: String,
        legend: [String: String], departments: [String], fromProfile: [String], columns: [Column],
        initiatives: Int, indicators: Int, skippedRows: [SkippedRow]
    ) {
        self.headerSource = headerSource
        self.legend = legend
        self.departments = departments
        self.fromProfile = fromProfile
        self.file = file
        self.sheet = sheet
        self.layout = layout
        self.skipReason = skipReason
        self.headerRows = headerRows
        self.columns = columns
        self.initiatives = initiatives
        self.indicators = indicators
        self.skippedRows = skippedRows
    }

    /// The inspection as text a clerk reads.
    public var text: String {
        var lines = ["\(file) › \(sheet): \(layout)" + (skipReason.map { " (\($0))" } ?? "")]
        if !headerRows.isEmpty {
            let source = ["profile": " (from the profile)", "guessed": " (guessed: no header recognised; give header rows in a profile)"]
            lines.append("  header rows: \(headerRows.map(String.init).joined(separator: ", "))\(source[headerSource] ?? "")")
        }
        for column in columns {
            let role = column.role.map { "\($0) (\(column.confidence.map { String(format: "%.1f", $0) } ?? "-"))" } ?? "not used"
            let mark = column.profileLine.map { " [profile line \($0)]" } ?? ""
            let year = column.evidence.contains("no fiscal year found") ? "; no fiscal year found" : ""
            lines.append("  \(column.column) 「\(column.header)」 → \(role)\(mark): \(column.reason)\(year)")
        }
        if layout != "skipped" { lines.append("  read: \(initiatives) initiative(s), \(indicators) indicator(s)") }
        if !legend.isEmpty {
            lines.append("  status vocabulary: " + legend.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))
        }
        if !departments.isEmpty { lines.append("  departments: \(departments.joined(separator: ", "))") }
        if !fromProfile.isEmpty { lines.append("  from the profile: \(fromProfile.joined(separator: "; "))") }
        for skipped in skippedRows {
            let place = skipped.reason == .hiddenColumn ? "column \(skipped.place)" : "row \(skipped.place)"
            lines.append(
                "  skipped \(place): \(skipped.reason.words.ja) / \(skipped.reason.words.en)"
                    + (skipped.text.isEmpty ? "" : ": \(skipped.text)"))
        }
        return lines.joined(separator: "\n")
    }
}
