/// Splits the text of a target or result cell into one block per indicator.
///
/// A block starts at a bulleted line (`○ ● ◎`) or a numbered item (`１ 新技術を活用した取組の
/// 推進`, `(1)`, `①`). The lines under it are its figures and remarks; `・` and `※` lines are
/// remarks inside a block, not new indicators. Reports and PDFs wrap long lines, so a line
/// that starts with kana, `：` or `）`, or that continues an open parenthesis, is joined to
/// the line before it. A line with a figure named differently from the block's earlier
/// figure (`交付額 Ｒ２年度：…` after `助成数 Ｒ２年度：…`) starts a block of its own.
public enum CellBlockSplitter {
    /// The blocks of `cellText`, in order; empty for a blank cell.
    public static func split(_ cellText: String) -> [IndicatorBlock] {
        var builder = Builder()
        for line in lines(of: cellText) { builder.add(line) }
        return builder.finish()
    }

    /// The indicator name a line opens a block with (`○ＲＰＡ 導入業務数`, `１ 新技術を活用した取組の推進`,
    /// `(1) …`, `① …`), without its bullet or number; nil for any other line (`15拠点`, `Ｒ２年度：…`).
    public static func headingName(of line: String) -> String? {
        Builder.heading(of: line)
    }

    /// The non-blank lines of a cell, trimmed of white space.
    static func lines(of text: String) -> [String] {
        var result: [String] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            let (start, end) = TextScan.trim(current, 0..<current.count)
            if let line = TextScan.string(current, start..<end) { result.append(line) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029: flush()
            default: current.append(scalar)
            }
        }
        flush()
        return result
    }

    /// Accumulates lines into blocks.
    private struct Builder {
        var blocks: [IndicatorBlock] = []
        var current: IndicatorBlock?
        /// Whether the current heading has an open parenthesis continued on the next line.
        var headingOpen = false
        /// The raw text of the current block's last line, to re-read it when a wrap is joined.
        var lastLineText: String?

        mutating func add(_ line: String) {
            let first = NormalizedText.fastMapping(of: line.unicodeScalars.first ?? " ") ?? " "
            if let heading = Self.heading(of: line) {
                startBlock(heading: heading)
                return
            }
            if current != nil, headingOpen, current?.lines.isEmpty == true, Self.mayGrow(current?.heading) {
                appendToHeading(line)
                return
            }
            let parsed = ExpressionParser.parse(line)
            if Self.isWrapContinuation(first) || (current?.lines.isEmpty == false && lastLineIsOpen) {
                if var block = current, let last = lastLineText, !block.lines.isEmpty, Self.mayGrow(last) {
                    let joined = last + line
                    block.lines[block.lines.count - 1] = ExpressionParser.parse(joined)
                    current = block
                    lastLineText = joined
                    return
                }
                if let block = current, block.heading != nil, block.lines.isEmpty {
                    if parsed.isQualitative {
                        appendToHeading(line)
                        return
                    }
                    // `○中期経営計画において設定する経営目標` / `や経営指標達成率：40.5％`: the
                    // wrapped line finishes the name and carries the figure; read them joined.
                    let joined = (block.heading ?? "") + line
                    let whole = ExpressionParser.parse(joined)
                    current?.heading = whole.indicatorName ?? block.heading
                    current?.lines.append(whole)
                    lastLineText = joined
                    return
                }
            } else if let block = current, block.heading != nil, block.lines.isEmpty, parsed.isQualitative,
                Self.isWhollyParenthesized(line)
            {
                // `（県・指定管理者協議により設定）` under a heading qualifies the name.
                appendToHeading(line)
                return
            }
            if let block = current, let name = parsed.indicatorName, !parsed.isQualitative,
                let earlier = block.figures.first?.indicatorName, !MatchingKey.matches(earlier, name)
            {
                finishBlock()
            }
            if current == nil { current = IndicatorBlock() }
            current?.lines.append(parsed)
            lastLineText = line
        }

        /// Whether a line may take one more wrapped line. Joining re-reads the whole line, so a
        /// cell of thousands of wrapped lines would cost quadratic time; no real line is that long.
        static func mayGrow(_ text: String?) -> Bool { (text?.utf8.count ?? 0) < 1024 }

        var lastLineIsOpen: Bool { lastLineText.map(Self.hasOpenParenthesis) ?? false }

        mutating func appendToHeading(_ text: String) {
            guard var block = current else { return }
            let heading = (block.heading ?? "") + text
            block.heading = heading
            current = block
            headingOpen = Self.hasOpenParenthesis(heading)
        }

        mutating func startBlock(heading: String) {
            finishBlock()
            let parsed = ExpressionParser.parse(heading)
            if parsed.isQualitative {
                current = IndicatorBlock(heading: heading)
                headingOpen = Self.hasOpenParenthesis(heading)
            } else {
                // `○ＲＰＡ 導入業務数：51業務`: the name and the figure on one line.
                current = IndicatorBlock(heading: parsed.indicatorName, lines: [parsed])
                lastLineText = heading
            }
        }

        mutating func finishBlock() {
            if let current { blocks.append(current) }
            current = nil
            headingOpen = false
            lastLineText = nil
        }

        mutating func finish() -> [IndicatorBlock] {
            finishBlock()
            return blocks
        }

        /// The name of a heading line (`○…`, `１ …`, `(1) …`, `① …`), or nil for other lines.
        static func heading(of line: String) -> String? {
            let normalized = NormalizedText(line)
            let s = normalized.scalars
            guard let first = s.first else { return nil }
            var nameStart: Int
            switch first {
            case "○", "●", "◎", "◯":
                nameStart = 1
            case "\u{2460}"..."\u{2473}":
                nameStart = 1
            case "(":
                guard s.count > 2, FiscalYearLabel.isDigit(s[1]), let close = s.firstIndex(of: ")"), close <= 3,
                    s[2..<close].allSatisfy(FiscalYearLabel.isDigit)
                else { return nil }
                nameStart = close + 1
            default:
                var index = 0
                while index < s.count, index < 2, FiscalYearLabel.isDigit(s[index]) { index += 1 }
                guard index > 0, index < s.count else { return nil }
                if s[index] == "." || s[index] == "、" { index += 1 }
                guard index < s.count, TextScan.isWhitespace(s[index]) || s[index - 1] == "." || s[index - 1] == "、"
                else { return nil }
                nameStart = index
            }
            let (start, end) = TextScan.trim(s, nameStart..<s.count)
            guard start < end else { return nil }
            // `１ 新技術…` is an item; `１ 件` or `2,000件` is not.
            if first != "○", first != "●", first != "◎", first != "◯",
                !ExpressionParser.parse(normalized.originalText(start..<end)).isQualitative || end - start < 2
            {
                return nil
            }
            return normalized.originalText(start..<end)
        }

        static func isWrapContinuation(_ first: Unicode.Scalar) -> Bool {
            if TextScan.isHiragana(first) { return true }
            switch first {
            case ":", ")", "、", "。", "】", "」": return true
            default: return false
            }
        }

        static func isWhollyParenthesized(_ line: String) -> Bool {
            let s = NormalizedText(line).scalars
            let (start, end) = TextScan.trim(s, 0..<s.count)
            return start < end && s[start] == "(" && TextScan.closingParenthesis(s, from: start, before: end) == end - 1
        }

        static func hasOpenParenthesis(_ text: String) -> Bool {
            var depth = 0
            for scalar in NormalizedText(text).scalars {
                if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
            }
            return depth > 0
        }
    }
}
