/// The diff as one self-contained HTML page (styles inline, no scripts, nothing
/// fetched): counts by kind, then a table of changes with raised and added rows in
/// green, lowered and removed ones in red.
public struct DiffHTMLRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    /// The whole page.
    public func render(_ result: DiffResult) -> String {
        let oldName = Self.escaped(result.old.version ?? "old"), newName = Self.escaped(result.new.version ?? "new")
        var out = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <title>行動計画の変更点: \(oldName) → \(newName)</title>
            <style>
            body { font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; vertical-align: top; }
            th { background: #eef; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.up td { background: #e8f6e8; }
            tr.down td { background: #fbe9e9; }
            tr.neutral td { background: #fdf8e4; }
            </style>
            </head>
            <body>
            <h1>行動計画の変更点: \(oldName) → \(newName)</h1>

            """
        if let horizon = result.horizonSentence { out += "<p class=\"horizon\">\(Self.escaped(horizon))</p>\n" }
        if result.isEmpty {
            out += "<p>変更なし。</p>\n"
        } else {
            out += "<table class=\"summary\">\n<tr><th>種別</th><th>件数</th></tr>\n"
            for (kind, count) in result.counts {
                out += "<tr><td>\(kind.label)</td><td class=\"num\">\(count)</td></tr>\n"
            }
            out += "</table>\n<table class=\"changes\">\n<tr><th>種別</th><th>取組</th><th>所管</th><th>指標・項目</th>"
            out += "<th>年度</th><th>変更前</th><th>変更後</th><th>単位</th><th>増減</th><th>倍率</th><th>備考</th></tr>\n"
            for change in result.changes {
                let row = ChangeDescription(change)
                let tone = row.tone == .up ? "up" : row.tone == .down ? "down" : "neutral"
                out += "<tr class=\"\(tone)\" data-kind=\"\(change.kind.rawValue)\">"
                out += [row.label, change.initiative, change.department ?? "", row.subject, row.year].map(Self.cell).joined()
                out += [row.old, row.new].map(Self.number).joined() + Self.cell(row.unit)
                out += [row.delta, row.ratio].map(Self.number).joined() + Self.cell(row.note) + "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private static func cell(_ text: String) -> String { "<td>\(escaped(text))</td>" }
    private static func number(_ text: String) -> String { "<td class=\"num\">\(escaped(text))</td>" }

    /// Text safe inside HTML elements and attributes (``HTMLText``).
    static func escaped(_ text: String) -> String { HTMLText.escaped(text) }
}
