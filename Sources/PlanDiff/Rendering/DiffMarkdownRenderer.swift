/// The diff as Markdown: a heading, the counts by kind, and one table of every change.
public struct DiffMarkdownRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The whole document.
    public func render(_ result: DiffResult) -> String {
        let oldName = result.old.version ?? "old", newName = result.new.version ?? "new"
        var out = "# 行動計画の変更点: \(Self.escaped(oldName)) → \(Self.escaped(newName))\n\n"
        if let horizon = result.horizonSentence { out += Self.escaped(horizon) + "\n\n" }
        guard !result.isEmpty else { return out + "変更なし。\n" }
        out += "| 種別 | 件数 |\n|---|---:|\n"
        for (kind, count) in result.counts { out += "| \(kind.label) | \(count) |\n" }
        out += "\n| 種別 | 取組 | 指標・項目 | 年度 | 変更前 | 変更後 | 単位 | 増減 | 倍率 | 備考 |\n"
        out += "|---|---|---|---|---:|---:|---|---:|---:|---|\n"
        for change in result.changes {
            let row = ChangeDescription(change)
            let cells = [
                row.label, change.initiative, row.subject, row.year, row.old, row.new, row.unit,
                row.delta, row.ratio, row.note,
            ]
            out += "| " + cells.map(Self.escaped).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Cell text made safe (``MarkdownText``): markup and raw HTML from a file are escaped.
    static func escaped(_ text: String) -> String { MarkdownText.escaped(text) }
}
