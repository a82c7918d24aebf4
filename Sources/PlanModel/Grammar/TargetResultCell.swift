/// A cell that holds a year's target and result together, each after its label:
/// `目標：50業務` / `実績：51業務`, `【目標】50業務` / `【実績】51業務`, `目標 1,100問` / `実績 1,100問`,
/// or both on one line (`目標：50業務　実績：51業務`); the result may run over several lines.
/// Departments write this when a sheet has one column per fiscal year. A cell with one label only
/// (`目標 60業務` for a year not yet reported) is read the same way, its other part empty.
/// Reading such a cell as one figure would take the target for the result, so it is split first.
public struct TargetResultCell: Sendable, Hashable {
    /// The text after the target label, trimmed ("" when the cell has no target label).
    public var target: String
    /// The text after the result label (and the lines under it), trimmed ("" when it has none).
    public var result: String

    /// Splits `text` when it starts with a target or result label and names each at most once;
    /// nil for any other cell (most cells: one cheap scalar test first).
    public init?(_ text: String) {
        guard Self.hasLabelHead(text) else { return nil }
        var pieces: [(label: Label?, text: String)] = []
        for line in CellText.lines(text) {
            for piece in Self.splitAtInnerLabels(line) {
                if let (label, rest) = Self.labelled(piece) {
                    pieces.append((label, rest))
                } else {
                    pieces.append((nil, piece))
                }
            }
        }
        // The first text of the cell is a label; each label comes once.
        guard let first = pieces.firstIndex(where: { !$0.text.isEmpty || $0.label != nil }), pieces[first].label != nil
        else { return nil }
        let labels = pieces.compactMap(\.label)
        guard labels.filter({ $0 == .target }).count <= 1, labels.filter({ $0 == .result }).count <= 1 else { return nil }
        var parts: [Label: [String]] = [:]
        var current: Label?
        for piece in pieces[first...] {
            if let label = piece.label { current = label }
            if let current { parts[current, default: []].append(CellText.trimmed(piece.text)) }
        }
        target = CellText.joined(parts[.target] ?? [])
        result = CellText.joined(parts[.result] ?? [])
    }

    private enum Label: Hashable { case target, result }

    /// The words of each label, longest first (`目標値` before `目標`).
    private static let words: [(word: String, label: Label)] = [
        ("目標値", .target), ("目標", .target), ("計画値", .target),
        ("実績値", .result), ("実績", .result),
    ]

    /// Whether the text holds the scalar 目, 計 or 実 (no other scalar is canonically equivalent to
    /// any of them): one pass over scalars before the costlier label tests.
    private static func hasLabelHead(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "目" || $0 == "実" || $0 == "計" }
    }

    /// A label at the start of `piece` and the text after it: `目標：`, `目標:`, `目標＝`, `目標 `, `目標50`,
    /// `【目標】`, `[目標]`, `（目標）`, `<目標>`; nil otherwise (`目標年度 R7` is no label).
    private static func labelled(_ piece: String) -> (Label, String)? {
        for (open, close) in [("【", "】"), ("[", "]"), ("（", "）"), ("(", ")"), ("＜", "＞"), ("<", ">")] where piece.hasPrefix(open) {
            for (word, label) in words where piece.hasPrefix(open + word + close) {
                return (label, String(piece.dropFirst(open.count + word.count + close.count)))
            }
        }
        for (word, label) in words where piece.hasPrefix(word) {
            let rest = piece.dropFirst(word.count)
            guard let next = rest.first else { return (label, "") }
            if next == "：" || next == ":" || next == "＝" || next == "=" { return (label, String(rest.dropFirst())) }
            if next.isWhitespace || next.isNumber { return (label, String(rest)) }
            return nil
        }
        return nil
    }

    /// A line cut before each label that follows white space or a slash (`目標：50　実績：51`).
    private static func splitAtInnerLabels(_ line: String) -> [String] {
        guard line.count > 2, line.dropFirst().unicodeScalars.contains(where: { $0 == "実" || $0 == "目" || $0 == "計" }) else {
            return [line]
        }
        var pieces: [String] = []
        var start = line.startIndex
        var index = line.index(after: start)
        while index < line.endIndex {
            let before = line[line.index(before: index)]
            // (Only where a label can start: a label word's first character or an opening bracket.)
            if before.isWhitespace || "/／、,，;；".contains(before), "目実計【[（(＜<".contains(line[index]),
                labelled(String(line[index...])) != nil
            {
                pieces.append(CellText.trimmed(line[start..<index].trimmingSuffix(while: { "/／、,，;；".contains($0) })))
                start = index
            }
            index = line.index(after: index)
        }
        pieces.append(String(line[start...]))
        return pieces
    }
}

extension Substring {
    /// The text without the characters at its end for which `predicate` holds.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) || last.isWhitespace { text.removeLast() }
        return text
    }
}
