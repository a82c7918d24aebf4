import PlanModel
import Foundation

/// The inside of a free-text cell: indicators as `○` blocks (or `１ `, `２ ` numbered blocks),
/// each with `Ｒ２年度：…` lines under it.
///
/// ```
/// ○ＡＩ-ＯＣＲ 利用枚数        ← block header: the indicator's name
/// Ｒ２年度：12,000枚／年        ← an entry for FY2020
/// Ｒ３年度：                    ← an entry for FY2021 whose text goes on below
/// （下半期）コピー使用量50％以上削減
/// ```
struct FreeTextCell {
    /// One indicator's block.
    struct Block: Equatable {
        /// The name from the header line plus any line between it and the first entry; nil without a header.
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

    /// The cell cut at its header lines: text before the first header has no name.
    static func sections(_ text: String) -> [(name: String?, lines: [String])] {
        var sections: [(name: String?, lines: [String])] = [(nil, [])]
        for line in ImportText.lines(text) {
            if let name = headerName(line) {
                sections.append((name, []))
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }
        return sections.filter { $0.name != nil || $0.lines.contains { !$0.isEmpty } }
    }

    /// The blocks of a cell; text before the first header is a block without a name.
    static func blocks(_ text: String) -> [Block] {
        sections(text).map { section in
            var block = Block(name: section.name, entries: [], otherLines: [])
            var leading: [String] = []
            var continuing = false
            for line in section.lines {
                if line.isEmpty { continuing = false; continue }
                if let year = FiscalYearText.linePrefixYear(line) {
                    block.entries.append(Entry(fiscalYear: year, lines: [line]))
                    continuing = true
                } else if continuing {
                    block.entries[block.entries.count - 1].lines.append(line)
                } else if block.entries.isEmpty {
                    leading.append(line)
                } else {
                    block.otherLines.append(line)
                }
            }
            if let name = section.name, !block.entries.isEmpty, !leading.isEmpty {
                // Lines between the header and the first entry complete the name (`ダウンロード数`).
                block.name = ([name] + leading).joined(separator: "　")
            } else {
                block.otherLines = leading + block.otherLines
            }
            return block
        }
    }

    /// The indicator name of a block header line (`○ＲＰＡ 導入業務数`, `１ 新技術を活用した取組の推進`), or nil.
    static func headerName(_ line: String) -> String? {
        if let first = line.first, "○●◎".contains(first) {
            let name = ImportText.trimmed(line.dropFirst())
            return name.isEmpty ? nil : name
        }
        // `１ 名前`: a number, a space, then words (not `15拠点`, not `2 件`).
        let normalized = line.precomposedStringWithCompatibilityMapping
        guard let match = normalized.prefixMatch(of: #/\d{1,2}[ 　]+/#) else { return nil }
        let consumed = normalized[match.range].count
        let name = ImportText.trimmed(String(line.dropFirst(consumed)))
        guard name.count >= 4, FiscalYearText.linePrefixYear(name) == nil,
              !(name.first.map { $0.isNumber } ?? true) else { return nil }
        return name
    }

    /// Splits a 今後の取組等 cell into its prose and the target revisions written after it
    /// (from the first `○` header or `年度：` line on).
    static func splitNextSteps(_ text: String) -> (prose: String?, revisions: String) {
        let lines = ImportText.lines(text)
        let start = lines.firstIndex { headerName($0) != nil || FiscalYearText.linePrefixYear($0) != nil } ?? lines.count
        let prose = ImportText.nonBlank(ImportText.joined(Array(lines[..<start])))
        return (prose, lines[start...].joined(separator: "\n"))
    }
}
