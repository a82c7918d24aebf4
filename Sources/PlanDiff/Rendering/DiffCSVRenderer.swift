import PlanModel

/// The diff as CSV (RFC 4180, UTF-8, CRLF line ends): one change per row, the
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

    /// Whether text fields that a spreadsheet would run as a formula get a leading `'` (OWASP's CSV-injection advice).
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
            let cells: [String?] =
                [
                    change.kind.rawValue, change.initiative, change.department, change.indicator,
                    change.fiscalYear.map(String.init), change.old?.description, change.new?.description,
                    change.delta.map(PlanNumber.plain), change.ratio.map(PlanNumber.plain),
                    change.direction?.rawValue, change.unit, change.recordedIn?.rawValue, change.oldText, change.newText,
                    change.oldDisplay, change.newDisplay, change.oldTitle, change.oldName, change.similarity.map(PlanNumber.plain), change.field?.rawValue,
                ] + horizons
            out += cells.map { Self.quoted($0 ?? "", escapingFormulas: escapesFormulas) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A field, quoted when it holds a comma, quote or line break; with `escapingFormulas`, one
    /// starting with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'` and quotes (as XLSX's `CSVFormulaEscaping`);
    /// a figure (`-5`) is a number, not a formula, and stays as it is.
    static func quoted(_ field: String, escapingFormulas: Bool = false) -> String {
        let startsFormula =
            escapingFormulas && field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
            && Double(field) == nil
        if startsFormula { return "\"'" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
