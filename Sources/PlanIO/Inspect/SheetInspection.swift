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
        SheetInspection(file: file, sheet: sheet, layout: "skipped", skipReason: "\(ja) / \(en)", headerRows: [], columns: [],
                        initiatives: 0, indicators: 0, skippedRows: [])
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
        guard let header = read.header else {
            headerRows = []
            columns = []
            return
        }
        headerRows = Array((header.row + 1)...(header.lastRow + 1))
        columns = header.texts.keys.sorted().map { index in
            let text = header.texts[index] ?? ""
            let letter = HeaderRow.letter(index)
            if let role = header.roles[index], let decision = header.decisions[index] {
                return Column(column: letter, header: text, role: role.description, confidence: decision.confidence,
                              reason: decision.reason)
            }
            let why = header.ignoredReasons[index] ?? "no role word found"
                + (HeaderMeaning.nearestWording(to: text).map { "; nearest known wording 「\($0)」" } ?? "")
            return Column(column: letter, header: text, role: nil, confidence: nil, reason: why)
        }
    }

    private init(file: String, sheet: String, layout: String, skipReason: String?, headerRows: [Int], columns: [Column],
                 initiatives: Int, indicators: Int, skippedRows: [SkippedRow]) {
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
            lines.append("  header rows: \(headerRows.map(String.init).joined(separator: ", "))")
        }
        for column in columns {
            let role = column.role.map { "\($0) (\(column.confidence.map { String(format: "%.1f", $0) } ?? "-"))" } ?? "not used"
            lines.append("  \(column.column) 「\(column.header)」 → \(role): \(column.reason)")
        }
        if layout != "skipped" { lines.append("  read: \(initiatives) initiative(s), \(indicators) indicator(s)") }
        for skipped in skippedRows {
            let place = skipped.reason == .hiddenColumn ? "column \(skipped.place)" : "row \(skipped.place)"
            lines.append("  skipped \(place): \(skipped.reason.words.ja) / \(skipped.reason.words.en)"
                + (skipped.text.isEmpty ? "" : ": \(skipped.text)"))
        }
        return lines.joined(separator: "\n")
    }
}
