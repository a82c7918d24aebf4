import PlanModel

/// Which line of a multi-line cell carries the figure, read with PlanModel's ``ExpressionParser``.
enum CellExpressions {
    /// A result: its first line (`新たな連携事業：109事業／年` over `＜取組例＞…`). Later lines are
    /// examples and remarks (`・ 音声翻訳システム導入` / `15拠点`), never the result itself.
    static func result(_ text: String) -> ParsedExpression {
        let first = ImportText.lines(text).first { !$0.isEmpty } ?? ""
        return ExpressionParser.parse(first)
    }

    /// A target: the first line if it has a figure, otherwise the only line that has one
    /// (`（上半期）全庁への環境整備` / `（下半期）50％以上削減` → 50). Two figures: qualitative.
    static func target(_ lines: [String]) -> ParsedExpression {
        let parsed = lines.filter { !$0.isEmpty }.map(ExpressionParser.parse)
        if let first = parsed.first, !first.isQualitative { return first }
        let withValues = parsed.filter { !$0.isQualitative }
        if withValues.count == 1 { return withValues[0] }
        return ParsedExpression(text: lines.joined(separator: "\n"))
    }

    /// Whether two names are the same indicator: equal matching keys, or the first line of a
    /// two-line name (`ＡＩの活用等による財務相談の促進`) against the whole.
    static func sameIndicator(_ name: String, _ other: String) -> Bool {
        let key = MatchingKey(other)
        guard !key.isEmpty else { return false }
        if MatchingKey(name) == key { return true }
        let firstLine = name.split(separator: "　").first.map(String.init) ?? name
        return MatchingKey(firstLine) == key
    }
}
