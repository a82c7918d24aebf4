/// The inside of a free-text cell as a reader places it: the blocks of ``CellBlockSplitter``,
/// with each block's `Ｒ２年度：` lines grouped into entries, one per fiscal year, so that a target
/// (and the cell it came from) can be filed under that year.
///
/// ```
/// ○ＡＩ-ＯＣＲ 利用枚数        ← block heading: the indicator's name
/// Ｒ２年度：12,000枚／年        ← an entry for FY2020
/// Ｒ３年度：                    ← an entry for FY2021 whose text goes on below
/// （下半期）コピー使用量50％以上削減
/// ```
public enum FreeTextCell {
    /// One indicator's block.
    public struct Block: Equatable, Sendable {
        /// The block's name (``IndicatorBlock/name``); nil when it has no heading.
        public var name: String?
        /// The label of the first figure of a block without a heading (`助成数55件` → 助成数), for
        /// readers that have no initiative title to name such a block by.
        public var figureLabel: String?
        /// The `年度：` entries.
        public var entries: [Entry]
        /// Lines that are not entries: the block's text when it has no entry.
        public var otherLines: [String]

        /// Non-entry lines as one text, or nil.
        public var otherText: String? { CellText.nonBlank(CellText.joined(otherLines)) }
    }

    /// One fiscal year's line, with the lines that continue it.
    public struct Entry: Equatable, Sendable {
        /// The fiscal year the line starts with.
        public var fiscalYear: Int
        /// The line and its continuation lines, as written.
        public var lines: [String]

        /// The entry's text, kept whole.
        public var text: String { lines.joined(separator: "\n") }

        /// The figure: after the colon on the first line, or on the one continuation line with a figure.
        public var quantity: ParsedExpression {
            let parsed = IndicatorReader.targetFigure(ofLines: lines)
            guard parsed.fiscalYear == nil else { return parsed }
            // The figure stood on a continuation line; the year is the entry's.
            var withYear = parsed
            withYear.fiscalYear = FiscalYear(fiscalYear)
            return withYear
        }
    }

    /// The blocks of a cell; text before the first heading is a block without a name.
    public static func blocks(_ text: String) -> [Block] {
        CellBlockSplitter.split(text).map { modelBlock in
            // Only a heading names a block here: a headless block is the initiative's own indicator.
            var block = Block(
                name: modelBlock.heading == nil ? nil : modelBlock.name,
                figureLabel: modelBlock.heading == nil ? modelBlock.name : nil, entries: [], otherLines: [])
            var leading: [String] = []
            for line in modelBlock.lines.map(\.text) {
                if let year = linePrefixYear(line) {
                    block.entries.append(Entry(fiscalYear: year, lines: [line]))
                } else if !block.entries.isEmpty {
                    block.entries[block.entries.count - 1].lines.append(line)
                } else {
                    leading.append(line)
                }
            }
            // A line between the heading and the first entry is part of the name (`ダウンロード数`).
            if block.entries.isEmpty || modelBlock.heading == nil || block.name == modelBlock.heading {
                block.otherLines = leading
            }
            return block
        }
    }

    /// Splits a 今後の取組等 cell into its prose and the target revisions written after it
    /// (from the first `○` heading or `年度：` line on).
    public static func splitNextSteps(_ text: String) -> (prose: String?, revisions: String) {
        let lines = CellText.lines(text)
        let start =
            lines.firstIndex {
                CellBlockSplitter.headingName(of: $0) != nil || linePrefixYear($0) != nil
            } ?? lines.count
        let prose = CellText.nonBlank(CellText.joined(Array(lines[..<start])))
        return (prose, lines[start...].joined(separator: "\n"))
    }

    /// The fiscal year of a line that starts with one and a colon (`Ｒ２年度：…`, optionally after a
    /// short label such as `助成数 `, or a year without 年度 standing alone before the colon: `Ｒ２：…`,
    /// `R3:`); nil for any other line, so that `Ｒ３年度新規重点施策の…` inside a sentence is not taken
    /// for a target line.
    public static func linePrefixYear(_ line: String) -> Int? {
        guard let colon = line.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let before = Array(CellText.trimmed(line[..<colon]))
        guard let last = before.last else { return nil }
        // `Ｒ２：50業務`: the whole text before the colon is the year (an era letter and digits; no label).
        // (`2020（R2）：`, `R2(2020)：`: the year with its alias in the other calendar.)
        if last != "度" { return before.count <= 16 ? FiscalYear(String(before))?.startYear : nil }
        for start in before.indices {
            if let year = FiscalYear(String(before[start...])) { return year.startYear }
        }
        return nil
    }
}
