/// The diff as CSV (RFC 4180, UTF-8, CRLF line ends): one change per row, the
/// diff JSON's keys as the header, figures without grouping, empty for null.
public struct DiffCSVRenderer: Sendable {
    /// The header: the diff JSON's change keys.
    public static let columns = ["kind", "initiative", "department", "indicator", "fiscalYear", "old", "new",
                                 "delta", "ratio", "direction", "unit", "recordedIn", "oldText", "newText",
                                 "oldTitle", "oldName", "similarity", "field"]

    /// Makes a renderer.
    public init() {}

    /// The whole CSV.
    public func render(_ result: DiffResult) -> String {
        var out = Self.columns.joined(separator: ",") + "\r\n"
        for change in result.changes {
            let cells: [String?] = [
                change.kind.rawValue, change.initiative, change.department, change.indicator,
                change.fiscalYear.map(String.init), change.old?.description, change.new?.description,
                change.delta.map(NumberFormatting.plain), change.ratio.map(NumberFormatting.plain),
                change.direction?.rawValue, change.unit, change.recordedIn?.rawValue, change.oldText, change.newText,
                change.oldTitle, change.oldName, change.similarity.map(NumberFormatting.plain), change.field?.rawValue,
            ]
            out += cells.map { Self.quoted($0 ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
