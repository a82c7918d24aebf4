import PlanModel

/// What a profile says about one sheet, or about all sheets. Every field is optional: nil means
/// "as detected".
public struct SheetRules: Sendable, Hashable {
    /// The sheet name or pattern (`sheets:` entries only).
    public var name: SheetPattern?
    /// The profile line the block starts on.
    public var line: Int
    /// `skip: true`: the sheet is not read.
    public var skip: Bool?
    /// The one-based header rows (`header rows: 4-5`).
    public var headerRows: ClosedRange<Int>?
    /// The department of every initiative of the sheet that names none in a 所管 column or line.
    public var department: String?
    /// The unit of every target and result column that has none of its own.
    public var unit: String?
    /// The status vocabulary: a cell's text (NFKC, as `MatchingKey` (PlanModel) writes it) → status.
    public var status: [String: Status]
    /// The profile line of each status entry, by the same key.
    public var statusLines: [String: Int]
    /// Column rules, in the profile's order.
    public var columns: [ColumnRule]

    /// Makes rules that say nothing yet.
    public init(name: SheetPattern? = nil, line: Int) {
        self.name = name
        self.line = line
        status = [:]
        statusLines = [:]
        columns = []
    }

    /// Whether the rules say anything about reading the sheet.
    public var isEmpty: Bool {
        skip == nil && headerRows == nil && department == nil && unit == nil && status.isEmpty && columns.isEmpty
    }

    /// These rules, with what they leave unsaid taken from `general`. Column rules of both apply,
    /// the sheet's first; the sheet's status entries win over the general ones.
    func over(_ general: SheetRules) -> SheetRules {
        var merged = self
        merged.skip = skip ?? general.skip
        merged.headerRows = headerRows ?? general.headerRows
        merged.department = department ?? general.department
        merged.unit = unit ?? general.unit
        merged.status = general.status.merging(status) { _, sheet in sheet }
        merged.statusLines = general.statusLines.merging(statusLines) { _, sheet in sheet }
        merged.columns = columns + general.columns
        return merged
    }
}
