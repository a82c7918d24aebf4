/// One indicator's part of a cell: its name line (`○ＡＩ-ＯＣＲ 利用枚数`, `１ 新技術を活用した取組の推進`)
/// and the lines under it (`Ｒ２年度：12,000枚／年`).
public struct IndicatorBlock: Sendable, Hashable {
    /// The name from the bulleted or numbered line, as written without its bullet; nil when
    /// the lines came without one.
    public var heading: String?
    /// The lines under the heading, each read as an expression. A line wrapped onto the
    /// next (the next starts with kana or `：`) is joined back into one.
    public var lines: [ParsedExpression]

    /// Makes a block.
    public init(heading: String? = nil, lines: [ParsedExpression] = []) {
        self.heading = heading
        self.lines = lines
    }

    /// The lines that carry a figure.
    public var figures: [ParsedExpression] { lines.filter { !$0.isQualitative } }

    /// The label of what is measured: the heading, followed by a sub-label when one is
    /// written under it (`○まいたま防災アプリ利用拡大` / `ダウンロード数`) or before the
    /// figure (`調査票回答数 Ｒ２年度：2,000件以上／年`).
    public var name: String? {
        let label = subLabel
        switch (heading, label) {
        case let (heading?, label?) where !MatchingKey(heading).contains(MatchingKey(label)): return "\(heading) \(label)"
        case let (heading?, _): return heading
        case let (nil, label): return label
        }
    }

    /// A name written under the heading: the figure's own name, or a plain line just before the first figure.
    private var subLabel: String? {
        guard let firstFigure = lines.firstIndex(where: { !$0.isQualitative }) else { return nil }
        if let name = lines[firstFigure].indicatorName { return name }
        guard firstFigure == 1, lines[0].fiscalYear == nil, lines[0].notes.isEmpty else { return nil }
        return TextScan.label(lines[0].text)
    }

    /// All lines' text, one per line, as written.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}
