/// A cell that holds a year's target and result together, each after its label:
/// `目標：50業務` / `実績：51業務`, or `【目標】50業務` / `【実績】51業務` (the result may run over
/// several lines). Departments write this when a sheet has one column per fiscal year.
/// Reading such a cell as one figure would take the target for the result, so it is split first.
public struct TargetResultCell: Sendable, Hashable {
    /// The text after the target label, trimmed.
    public var target: String
    /// The text after the result label (and the lines under it), trimmed.
    public var result: String

    /// Splits `text` when one line starts with a target label and a later one with a result label;
    /// nil for any other cell (most cells: two cheap character tests first).
    public init?(_ text: String) {
        guard text.contains("目標"), text.contains("実績") else { return nil }
        let lines = CellText.lines(text)
        guard let targetLine = lines.firstIndex(where: { Self.rest(of: $0, after: "目標") != nil }),
            let resultLine = lines.indices.first(where: { $0 > targetLine && Self.rest(of: lines[$0], after: "実績") != nil }),
            let target = Self.rest(of: lines[targetLine], after: "目標"),
            let result = Self.rest(of: lines[resultLine], after: "実績")
        else { return nil }
        let targetLines = [target] + lines[(targetLine + 1)..<resultLine]
        let resultLines = [result] + lines[(resultLine + 1)...]
        self.target = CellText.joined(targetLines.map { CellText.trimmed($0) })
        self.result = CellText.joined(resultLines.map { CellText.trimmed($0) })
    }

    /// What follows `目標：`, `目標:`, `【目標】`, `[目標]`, `（目標）` at the start of a line; nil otherwise.
    private static func rest(of line: String, after label: String) -> String? {
        for (open, close) in [("", "："), ("", ":"), ("【", "】"), ("[", "]"), ("（", "）"), ("(", ")"), ("＜", "＞"), ("<", ">")] {
            let prefix = open + label + close
            if line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        }
        return nil
    }
}
