/// The figure of one entry of a cell, for readers (the importer's layouts) that place
/// entries themselves: a table cell, or a `Ｒ３年度：` line with the lines that continue it.
extension IndicatorReader {
    /// The figure a result text reports for its indicator: the first figure of its first
    /// block that measures the block itself (``IndicatorBlock/ownFigures``), so a figure under
    /// one of several `・` items is not taken. Qualitative (no value) when there is none.
    public static func resultFigure(of text: String) -> ParsedExpression {
        CellBlockSplitter.split(text).first?.ownFigures.first ?? ParsedExpression(text: text)
    }

    /// The figure of a target entry written over several lines: the first line if it has a
    /// figure, otherwise the only line that has one (`Ｒ３年度：` / `（上半期）全庁への環境整備` /
    /// `（下半期）コピー使用量50％以上削減` → 50). Two candidate figures make it qualitative:
    /// choosing one would invent which is meant.
    public static func targetFigure(ofLines lines: [String]) -> ParsedExpression {
        let parsed = lines.filter { !$0.isEmpty }.map(ExpressionParser.parse)
        if let first = parsed.first, !first.isQualitative { return first }
        let withValues = parsed.filter { !$0.isQualitative }
        if withValues.count == 1 { return withValues[0] }
        return ParsedExpression(text: lines.joined(separator: "\n"))
    }
}
