/// The diff as an aligned table for a terminal: a summary line, then each
/// initiative's changes under its title. Colours (ANSI) only when asked for,
/// which the command line does when standard output is a terminal.
public struct DiffTextRenderer: Sendable {
    /// Whether to colour raised and added rows green, lowered and removed ones red.
    public var colored: Bool

    /// Makes a renderer.
    public init(colored: Bool = false) {
        self.colored = colored
    }

    /// The whole table, ending in a newline.
    public func render(_ result: DiffResult) -> String {
        let oldName = result.old.version ?? "old", newName = result.new.version ?? "new"
        let horizon = result.horizonSentence.map { $0 + "\n" } ?? ""
        guard !result.isEmpty else { return "\(oldName) → \(newName): 変更なし (no changes)\n" + horizon }
        let counts = result.counts.map { "\($0.kind.label) \($0.count)" }.joined(separator: ", ")
        var out = "\(oldName) → \(newName): \(result.changes.count) 件の変更 (\(counts))\n" + horizon

        let rows = result.changes.map { change in
            var row = ChangeDescription(change)
            row.old = DisplayWidth.singleLine(row.old)
            row.new = DisplayWidth.singleLine(row.new)
            return row
        }
        func width(_ cell: (ChangeDescription) -> String) -> Int { rows.map { DisplayWidth.of(cell($0)) }.max() ?? 0 }
        let widths = (label: width(\.label), subject: width(\.subject), year: width(\.year), old: width(\.old),
                      new: width(\.new), unit: width(\.unit), delta: width(\.delta), ratio: width(\.ratio))

        var currentInitiative: String?
        for (change, row) in zip(result.changes, rows) {
            if change.initiative != currentInitiative {
                currentInitiative = change.initiative
                let department = change.department.map { "  (\($0))" } ?? ""
                out += "\n" + paint(change.initiative, code: "1") + department + "\n"
            }
            var line = "  " + DisplayWidth.padded(row.label, to: widths.label)
            line += "  " + DisplayWidth.padded(row.subject, to: widths.subject)
            if widths.year > 0 { line += "  " + DisplayWidth.padded(row.year, to: widths.year) }
            let arrow = row.old.isEmpty && row.new.isEmpty ? " " : "→"
            line += "  " + DisplayWidth.leftPadded(row.old, to: widths.old) + " \(arrow) "
                + DisplayWidth.padded(row.new, to: widths.new)
            if widths.unit > 0 { line += " " + DisplayWidth.padded(row.unit, to: widths.unit) }
            if widths.delta > 0 { line += "  " + DisplayWidth.leftPadded(row.delta, to: widths.delta) }
            if widths.ratio > 0 { line += "  " + DisplayWidth.leftPadded(row.ratio, to: widths.ratio) }
            if !row.note.isEmpty { line += "  " + row.note }
            while line.hasSuffix(" ") { line.removeLast() }
            out += paint(line, tone: row.tone) + "\n"
        }
        return out
    }

    private func paint(_ text: String, tone: ChangeDescription.Tone) -> String {
        switch tone {
        case .up: return paint(text, code: "32")
        case .down: return paint(text, code: "31")
        case .neutral: return paint(text, code: "33")
        }
    }

    private func paint(_ text: String, code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
