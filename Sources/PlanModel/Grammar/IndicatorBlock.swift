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

    /// The figures that measure the block itself. When the block lists several `・` items
    /// (`・ 音声翻訳システム導入` / `15拠点` / `・ 業務アシスタント導入` / `３月仮運用`), a figure
    /// under an item measures that item, not the block: attaching it to the block would invent
    /// a value for an indicator that has none. A single item is the block's own content, so
    /// its figure counts (`・ モデル課でのペーパーレス化トライアルの実施` / `（Ｒ元年度比コピー使用量61.2％減）`).
    public var ownFigures: [ParsedExpression] {
        guard lines.count(where: \.isListItem) >= 2 else { return figures }
        var underItem = false
        return lines.filter { line in
            if line.isListItem { underItem = true }
            return !underItem && !line.isQualitative
        }
    }

    /// The label of what is measured: the heading, followed by the line that stands alone
    /// between it and the first figure, the second line of a two-line name
    /// (`○まいたま防災アプリ利用拡大` / `ダウンロード数`). A name written on the figure line
    /// itself (`調査票回答数 Ｒ２年度：2,000件以上／年`) labels that figure and stays in its
    /// text; it names the block only when there is no heading.
    public var name: String? {
        guard let heading else { return figureLabel }
        guard let label = secondNameLine, !MatchingKey(heading).contains(MatchingKey(label)) else { return heading }
        // Joined with the ideographic space of the document's own text (DOMAIN-PARSER.md).
        return "\(heading)\u{3000}\(label)"
    }

    /// A plain line just before the first figure, when it is the block's first line.
    private var secondNameLine: String? {
        guard let firstFigure = lines.firstIndex(where: { !$0.isQualitative }), firstFigure == 1,
            lines[0].fiscalYear == nil, lines[0].notes.isEmpty
        else { return nil }
        return TextScan.label(lines[0].text)
    }

    /// The first figure's own name, or else the plain line before it.
    private var figureLabel: String? {
        guard let firstFigure = lines.firstIndex(where: { !$0.isQualitative }) else { return nil }
        return lines[firstFigure].indicatorName ?? secondNameLine
    }

    /// All lines' text, one per line, as written.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}
