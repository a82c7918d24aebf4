import PlanModel

/// The diff as CSV (RFC 4180, UTF-8, CRLF line ends, quoted by SharedText's `CSVField`, the rule
/// the XLSX CSV codec uses): one change per row, the
/// diff JSON's keys as the header, figures without grouping, empty for null. The last two
/// columns carry each version's horizon on every row (`2020 2021 2022`), since a CSV has
/// no summary of its own: a script sees which years were compared.
public struct DiffCSVRenderer: Sendable {
    /// The header: the diff JSON's change keys.
    public static let columns = [
        "kind", "initiative", "department", "indicator", "fiscalYear", "old", "new",
        "delta", "ratio", "direction", "unit", "recordedIn", "oldText", "newText",
        "oldDisplay", "newDisplay", "oldTitle", "oldName", "similarity", "field", "oldFiscalYears", "newFiscalYears",
    ]

    /// Whether text fields that a spreadsheet would run as a formula get a leading `'` (OWASP's CSV-injection advice);
    /// figures (`-5`) are never escaped.
    public var escapesFormulas: Bool

    /// Makes a renderer; formulas are written as they are unless `escapesFormulas`.
    public init(escapesFormulas: Bool = false) {
        self.escapesFormulas = escapesFormulas
    }

    /// The whole CSV.
    public func render(_ result: DiffResult) -> String {
        var out = Self.columns.joined(separator: ",") + "\r\n"
        let horizons = [result.old.fiscalYears, result.new.fiscalYears].map { $0.map(String.init).joined(separator: " ") }
        for change in result.changes {
            let cells: [CSVCell] =
                [
                    .text(change.kind.rawValue), .text(change.initiative), .text(change.department), .text(change.indicator),
                    .figure(change.fiscalYear.map(String.init)), CSVCell(change.old), CSVCell(change.new),
                    .figure(change.delta.map(PlanNumber.plain)), .figure(change.ratio.map(PlanNumber.plain)),
                    .text(change.direction?.rawValue), .text(change.unit), .text(change.recordedIn?.rawValue),
                    .text(change.oldText), .text(change.newText), .text(change.oldDisplay), .text(change.newDisplay),
                    .text(change.oldTitle), .text(change.oldName), .figure(change.similarity.map(PlanNumber.plain)),
                    .text(change.field?.rawValue),
                ] + horizons.map(CSVCell.figure)
            out += CSVCell.line(cells, escapingFormulas: escapesFormulas)
        }
        return out
    }
}
