import SharedText
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
        // Columns are sized per initiative, so one long rename elsewhere does not push every
        // figure to the right; texts too long for one line get lines of their own.
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, result.changes[end].initiative == result.changes[start].initiative { end += 1 }
            let change = result.changes[start]
            let department = change.department.map { "  (\($0))" } ?? ""
            out += "\n" + paint(change.initiative, code: "1") + department + "\n"
            out += block(Array(rows[start..<end]))
            start = end
        }
        return out
    }

    /// The width a line should keep within: a 100-column terminal.
    public static let lineWidth = 100

    /// The lines of one initiative's changes, aligned among themselves.
    private func block(_ rows: [ChangeDescription]) -> String {
        // Too long for one line even with the indicator heading its rows: old and new get lines of their own.
        let isLong = { (row: ChangeDescription) in
            [row.label, row.year, row.old, row.new, row.unit, row.delta, row.ratio, row.note].map(DisplayWidth.of).reduce(0, +)
                + 20 > Self.lineWidth
        }
        let aligned = rows.filter { !isLong($0) }
        // When the indicator's name makes a line too wide, it heads its rows on a line of its own.
        let byIndicator = aligned.contains { DisplayWidth.of(line($0, widths: Widths(aligned, subject: true))) > Self.lineWidth }
        let widths = Widths(aligned, subject: !byIndicator)
        var out = ""
        var currentSubject: String?
        for row in rows {
            if isLong(row) {
                var head = "  " + row.label + "  " + row.subject
                if !row.year.isEmpty { head += "  " + row.year }
                for cell in [row.delta, row.ratio, row.note] where !cell.isEmpty { head += "  " + cell }
                var lines = [head]
                if !row.old.isEmpty { lines.append("      旧: " + row.old + (row.unit.isEmpty ? "" : " " + row.unit)) }
                if !row.new.isEmpty { lines.append("      新: " + row.new + (row.unit.isEmpty ? "" : " " + row.unit)) }
                out += lines.map { paint(Self.trimmed($0), tone: row.tone) }.joined(separator: "\n") + "\n"
                currentSubject = nil
                continue
            }
            if byIndicator, !row.subject.isEmpty, row.subject != currentSubject {
                out += "  " + row.subject + "\n"
                currentSubject = row.subject
            }
            out += paint(line(row, widths: widths, indent: byIndicator && !row.subject.isEmpty ? "    " : "  "), tone: row.tone) + "\n"
        }
        return out
    }

    /// Column widths over a block's aligned rows; without the subject column when indicators head their rows.
    private struct Widths {
        var label = 0, subject: Int?, year = 0, old = 0, new = 0, unit = 0, delta = 0, ratio = 0

        init(_ rows: [ChangeDescription], subject: Bool) {
            func width(_ cell: (ChangeDescription) -> String) -> Int { rows.map { DisplayWidth.of(cell($0)) }.max() ?? 0 }
            (label, year, old, new) = (width(\.label), width(\.year), width(\.old), width(\.new))
            (unit, delta, ratio) = (width(\.unit), width(\.delta), width(\.ratio))
            self.subject = subject ? width(\.subject) : nil
        }
    }

    /// One aligned line; the subject column is left out when `widths` has none (the indicator heads the rows).
    private func line(_ row: ChangeDescription, widths: Widths, indent: String = "  ") -> String {
        var line = indent + DisplayWidth.padded(row.label, to: widths.label)
        if let subject = widths.subject { line += "  " + DisplayWidth.padded(row.subject, to: subject) }
        if widths.year > 0 { line += "  " + DisplayWidth.padded(row.year, to: widths.year) }
        let arrow = row.old.isEmpty && row.new.isEmpty ? " " : "→"
        line += "  " + DisplayWidth.leftPadded(row.old, to: widths.old) + " \(arrow) " + DisplayWidth.padded(row.new, to: widths.new)
        if widths.unit > 0 { line += " " + DisplayWidth.padded(row.unit, to: widths.unit) }
        if widths.delta > 0 { line += "  " + DisplayWidth.leftPadded(row.delta, to: widths.delta) }
        if widths.ratio > 0 { line += "  " + DisplayWidth.leftPadded(row.ratio, to: widths.ratio) }
        if !row.note.isEmpty { line += "  " + row.note }
        return Self.trimmed(line)
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
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
