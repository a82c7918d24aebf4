import XLSX

/// One `columns:` entry: which column (by letter, by header text, or both) and what it holds.
public struct ColumnRule: Sendable, Hashable {
    /// The zero-based column a letter names (`column: E`).
    public var column: Int?
    /// The header text it must have (`header: 項目3`), compared as `MatchingKey` (PlanModel) does.
    public var header: String?
    /// The role; nil for `role: ignore`.
    public var role: ProfileRole
    /// The fiscal year of a target or result column (`year: R3`); nil keeps the year in the header.
    public var fiscalYear: Int?
    /// The unit of the column's figures.
    public var unit: String?
    /// The profile line the entry starts on.
    public var line: Int

    /// Makes a rule.
    public init(
        column: Int? = nil, header: String? = nil, role: ProfileRole, fiscalYear: Int? = nil, unit: String? = nil,
        line: Int
    ) {
        self.column = column
        self.header = header
        self.role = role
        self.fiscalYear = fiscalYear
        self.unit = unit
        self.line = line
    }

    /// How the rule names its column, for messages (`column E 「項目3」`).
    public var place: String {
        let letter = column.map { "column \(CellReference.columnName($0))" }
        let text = header.map { "「\($0)」" }
        return [letter, text].compactMap { $0 }.joined(separator: " ")
    }
}
