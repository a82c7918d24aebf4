/// What a target or result text says, as far as it can be read: a fiscal year, an
/// indicator name, a figure with its unit, comparator and period, a revision, a direction.
///
/// A text that is not a figure (`３月仮運用（Ｒ３年度本格運用）`) is *qualitative*: `value`
/// is nil and nothing else is guessed. The original text is always in `text`.
public struct ParsedExpression: Sendable, Hashable {
    /// The text as written in the cell.
    public var text: String
    /// The fiscal year the figure is for (`Ｒ２年度：…`).
    public var fiscalYear: FiscalYear?
    /// The indicator named before the figure (`コピー使用量` in `コピー使用量60％以上削減`), as written.
    public var indicatorName: String?
    /// The figure with its multiplier applied (`6.7万` = 67000); nil when the text gives none.
    public var value: Double?
    /// The figure before a revision written in the same text (`２万→6.7万` revised from 20000).
    public var revisedFrom: Double?
    /// 以上, 以下, 超 or 未満 when written; nil for a bare figure.
    public var comparator: Comparator?
    /// Whether the figure is approximate (約, およそ, 概ね, 程度).
    public var approximate: Bool
    /// The unit after the figure (枚, 件, %, 業務), NFKC-normalized.
    public var unit: String?
    /// ／年, ／累計 or ／月.
    public var period: Period?
    /// `decrease` for 削減 / 減 / 減少, `increase` for 増 / 増加, nil when not written.
    public var direction: Direction?
    /// The year compared with (`Ｒ元年度比` → FY2019).
    public var baselineYear: FiscalYear?
    /// Parenthetical notes, as written, without their parentheses.
    public var notes: [String]
    /// Whether the text was only a fiscal-year label (`Ｒ３年度：`), heading the lines under it.
    public var isFiscalYearHeading: Bool

    /// Makes a parsed expression; normally made by ``ExpressionParser/parse(_:)``.
    public init(
        text: String, fiscalYear: FiscalYear? = nil, indicatorName: String? = nil, value: Double? = nil,
        revisedFrom: Double? = nil, comparator: Comparator? = nil, approximate: Bool = false,
        unit: String? = nil, period: Period? = nil, direction: Direction? = nil,
        baselineYear: FiscalYear? = nil, notes: [String] = [], isFiscalYearHeading: Bool = false
    ) {
        self.text = text
        self.fiscalYear = fiscalYear
        self.indicatorName = indicatorName
        self.value = value
        self.revisedFrom = revisedFrom
        self.comparator = comparator
        self.approximate = approximate
        self.unit = unit
        self.period = period
        self.direction = direction
        self.baselineYear = baselineYear
        self.notes = notes
        self.isFiscalYearHeading = isFiscalYearHeading
    }

    /// Whether the text gives no figure.
    public var isQualitative: Bool { value == nil }

    /// Whether the line is a `・` list item (`・ 音声翻訳システム導入`): a remark inside a block.
    public var isListItem: Bool {
        text.unicodeScalars.first { !TextScan.isWhitespace($0) } == "・"
    }

    /// The notes joined into one (nil when there are none).
    public var note: String? { notes.isEmpty ? nil : notes.joined(separator: "、") }
}
