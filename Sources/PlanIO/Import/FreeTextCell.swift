import PlanModel

/// The inside of a free-text cell as the importer places it: PlanModel's blocks
/// (``CellBlockSplitter``), with each block's `Ｒ２年度：` lines grouped into entries, one per
/// fiscal year, so that a target and its source cell can be filed under that year.
///
/// ```
/// ○ＡＩ-ＯＣＲ 利用枚数        ← block heading: the indicator's name
/// Ｒ２年度：12,000枚／年        ← an entry for FY2020
/// Ｒ３年度：                    ← an entry for FY2021 whose text goes on below
/// （下半期）コピー使用量50％以上削減
/// ```
struct FreeTextCell {
    /// One indicator's block.
    struct Block: Equatable {
        /// The block's name (``IndicatorBlock/name``); nil when it has no heading.
        var name: String?
        /// The `年度：` entries.
        var entries: [Entry]
        /// Lines that are not entries: the block's text when it has no entry.
        var otherLines: [String]

        /// Non-entry lines as one text, or nil.
        var otherText: String? { ImportText.nonBlank(ImportText.joined(otherLines)) }
    }

    /// One fiscal year's line, with the lines that continue it.
    struct Entry: Equatable {
        /// The fiscal year the line starts with.
        var fiscalYear: Int
        /// The line and its continuation lines, as written.
        var lines: [String]

        /// The entry's text, kept whole.
        var text: String { lines.joined(separator: "\n") }

        /// The figure: after the colon on the first line, or on the one continuation line with a figure.
        var quantity: ParsedExpression {
            let parsed = IndicatorReader.targetFigure(ofLines: lines)
            guard parsed.fiscalYear == nil else { return parsed }
            // The figure stood on a continuation line; the year is the entry's.
            var withYear = parsed
            withYear.fiscalYear = FiscalYear(fiscalYear)
            return withYear
        }
    }

    /// The blocks of a cell; text before the first heading is a block without a name.
    static func blocks(_ text: String) -> [Block] {
        CellBlockSplitter.split(text).map { modelBlock in
            // Only a heading names a block here: a headless block is the initiative's own indicator.
            var block = Block(name: modelBlock.heading == nil ? nil : modelBlock.name, entries: [], otherLines: [])
            var leading: [String] = []
            for line in modelBlock.lines.map(\.text) {
                if let year = FiscalYearText.linePrefixYear(line) {
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
    static func splitNextSteps(_ text: String) -> (prose: String?, revisions: String) {
        let lines = ImportText.lines(text)
        let start = lines.firstIndex {
            CellBlockSplitter.headingName(of: $0) != nil || FiscalYearText.linePrefixYear($0) != nil
        } ?? lines.count
        let prose = ImportText.nonBlank(ImportText.joined(Array(lines[..<start])))
        return (prose, lines[start...].joined(separator: "\n"))
    }
}
