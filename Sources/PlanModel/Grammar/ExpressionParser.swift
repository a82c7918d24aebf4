/// Reads target and result texts as departments write them:
///
/// | text | reading |
/// |---|---|
/// | `Ｒ２年度：12,000枚／年` | FY2020, 12000 枚 per year |
/// | `Ｒ３年度：２万→6.7万枚` | FY2021, 67000 枚, revised from 20000 |
/// | `Ｒ４年度：コピー使用量60％以上削減` | FY2022, indicator コピー使用量, 60 %, at least, decrease |
/// | `（Ｒ元年度比コピー使用量61.2％減）` | 61.2 % decrease against FY2019 |
/// | `３月仮運用（Ｒ３年度本格運用）` | qualitative: no value |
///
/// Whatever does not read as one figure stays qualitative: a value is never invented.
public enum ExpressionParser {
    /// The end of a line without the footnote reference after its figure (`50業務※`, `70,000枚注1`,
    /// `12件*1`): it points at a note under the table and is no part of the unit. The text keeps it.
    static func withoutFootnoteReference(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, s[end - 1].value >= 48, s[end - 1].value <= 57 { end -= 1 }
        let hasNumber = end < range.upperBound
        guard end - 1 > range.lowerBound else { return range.upperBound }
        let mark = s[end - 1]
        // 注 only with its number (`発注` ends in 注 too); ※ and * alone or numbered.
        guard mark == "※" || mark == "*" || (mark == "注" && hasNumber) else { return range.upperBound }
        return TextScan.trim(s, range.lowerBound..<(end - 1)).1
    }

    /// Parses one target or result text (one line of a cell).
    public static func parse(_ text: String) -> ParsedExpression {
        var result = ParsedExpression(text: text)
        let normalized = NormalizedText(text)
        let s = normalized.scalars
        var (lo, hi) = TextScan.trim(s, 0..<s.count)
        lo = TextScan.skipBullets(s, from: lo, to: hi)
        hi = withoutFootnoteReference(s, lo..<hi)
        // A line wholly in parentheses is an aside that still carries a figure:
        // `（Ｒ元年度比コピー使用量61.2％減）`.
        // Unwrap at most a few levels: each check scans the line, and `((((…))))` is garbage.
        var unwrapped = 0
        while unwrapped < 3, lo < hi, s[lo] == "(", TextScan.closingParenthesis(s, from: lo, before: hi) == hi - 1 {
            (lo, hi) = TextScan.trim(s, lo + 1..<hi - 1)
            unwrapped += 1
        }

        // Split off parenthetical notes; the figure is read from what is left (`main`).
        // Most lines have none: then `main` shares the normalized buffer without a copy.
        var main: [Unicode.Scalar]
        var positions: [Int] = []
        let hasNotes = s[lo..<hi].contains("(")
        if !hasNotes {
            main = lo == 0 && hi == s.count ? s : Array(s[lo..<hi])
        } else {
            main = []
            main.reserveCapacity(hi - lo)
            positions.reserveCapacity(hi - lo)
            var index = lo
            while index < hi {
                // `2020(R2):`: the bracket names the year before it again and is part of its label, no note.
                if s[index] == "(", let labelEnd = FiscalYearLabel.end(coveringBracketAt: index, in: s, from: lo), labelEnd <= hi {
                    for alias in index..<labelEnd {
                        main.append(s[alias])
                        positions.append(alias)
                    }
                    index = labelEnd
                } else if s[index] == "(" {
                    let close = TextScan.closingParenthesis(s, from: index, before: hi) ?? hi
                    let (noteStart, noteEnd) = TextScan.trim(s, index + 1..<close)
                    if noteStart < noteEnd { result.notes.append(normalized.originalText(noteStart..<noteEnd)) }
                    readPeriodOrBaseline(from: s, noteStart..<noteEnd, into: &result)
                    index = close + 1
                } else {
                    main.append(s[index])
                    positions.append(index)
                    index += 1
                }
            }
        }
        /// The index in `s` of `main[k]`.
        func position(_ k: Int) -> Int { hasNotes ? positions[k] : lo + k }

        // Fiscal-year labels before the figure; the rest before it is the indicator's name.
        var nameSkips: [Range<Int>] = []
        var numberStart: Int?
        var sawSecondYear = false
        var cursor = 0
        while cursor < main.count {
            if TextScan.mayStartLabel(main[cursor]), let label = FiscalYearLabel.match(main, at: cursor) {
                var end = label.end
                if label.isBaseline {
                    if result.baselineYear == nil { result.baselineYear = label.year }
                } else if result.fiscalYear == nil {
                    result.fiscalYear = label.year
                    while end < main.count, main[end] == ":" || TextScan.isWhitespace(main[end]) { end += 1 }
                } else {
                    sawSecondYear = true
                }
                nameSkips.append(cursor..<end)
                cursor = end
                continue
            }
            if let start = TextScan.numberStart(main, at: cursor) {
                numberStart = start
                break
            }
            cursor += 1
        }

        let afterLabels = nameSkips.last?.upperBound ?? 0
        if result.fiscalYear != nil, numberStart == nil, result.notes.isEmpty,
            TextScan.trim(main, afterLabels..<main.count).0 == main.count
        {
            result.isFiscalYearHeading = true
        }
        guard let numberStart, !sawSecondYear, let figure = readFigure(main, from: numberStart) else {
            return result
        }

        // The name: what precedes the figure, minus labels and the 約 before the number.
        let nameEnd = TextScan.approximateMarkerStart(main, before: numberStart) ?? numberStart
        var name: String?
        var segmentStart = 0
        // The segments between the labels, and the last one up to the figure.
        for skipIndex in 0...nameSkips.count {
            let skip = skipIndex < nameSkips.count ? nameSkips[skipIndex] : nameEnd..<nameEnd
            guard segmentStart <= skip.lowerBound else { continue }
            let (start, end) = TextScan.trimName(main, segmentStart..<min(skip.lowerBound, nameEnd))
            if start < end {
                let part = normalized.originalText(position(start)..<position(end - 1) + 1)
                name = name.map { "\($0) \(part)" } ?? part
            }
            segmentStart = skip.upperBound
        }
        result.indicatorName = name
        result.approximate = nameEnd != numberStart || figure.approximate
        result.value = figure.value
        result.revisedFrom = figure.revisedFrom
        result.unit = figure.unit
        result.comparator = figure.comparator
        result.period = figure.period ?? result.period
        result.direction = figure.direction
        return result
    }

    /// The figure part: number, unit, optional revision, then comparator, period and direction.
    private struct Figure {
        var value: Double
        var revisedFrom: Double?
        var unit: String?
        var comparator: Comparator?
        var period: Period?
        var direction: Direction?
        var approximate = false
    }

    private static func readFigure(_ m: [Unicode.Scalar], from start: Int) -> Figure? {
        guard let first = JapaneseNumber.scan(m, at: start) else { return nil }
        guard let firstUnitEnd = TextScan.unitEnd(m, from: first.end) else { return nil }
        var figure = Figure(value: first.value, unit: TextScan.string(m, first.end..<firstUnitEnd))
        var index = TextScan.skipWhitespace(m, from: firstUnitEnd)

        if let arrowEnd = TextScan.arrowEnd(m, at: index) {
            var secondStart = TextScan.skipWhitespace(m, from: arrowEnd)
            if let markerEnd = TextScan.approximateMarkerEnd(m, at: secondStart) {
                figure.approximate = true
                secondStart = TextScan.skipWhitespace(m, from: markerEnd)
            }
            guard let second = JapaneseNumber.scan(m, at: secondStart),
                let secondUnitEnd = TextScan.unitEnd(m, from: second.end)
            else { return nil }
            figure.revisedFrom = figure.value
            figure.value = second.value
            // The old figure inherits the unit written once after the new one (`２万→6.7万枚`).
            if let secondUnit = TextScan.string(m, second.end..<secondUnitEnd) { figure.unit = secondUnit }
            index = TextScan.skipWhitespace(m, from: secondUnitEnd)
        }

        while index < m.count {
            guard let (token, end) = TailToken.match(m, at: index) else { return nil }
            switch token {
            case .comparator(let comparator):
                guard figure.comparator == nil else { return nil }
                figure.comparator = comparator
            case .period(let period):
                guard figure.period == nil else { return nil }
                figure.period = period
            case .direction(let direction):
                guard figure.direction == nil else { return nil }
                figure.direction = direction
            case .approximate:
                figure.approximate = true
            case .filler:
                break
            }
            index = TextScan.skipWhitespace(m, from: end)
        }
        return figure
    }

    /// A note such as `（累計）` names a period; `（Ｒ元年度比）` a baseline.
    private static func readPeriodOrBaseline(
        from s: [Unicode.Scalar], _ range: Range<Int>,
        into result: inout ParsedExpression
    ) {
        let note = Array(s[range])
        switch note {
        case ["累", "計"]: result.period = .cumulative
        case ["年", "間"]: result.period = .perYear
        default:
            if let label = FiscalYearLabel.match(note, at: 0), label.isBaseline, label.end == note.count {
                result.baselineYear = result.baselineYear ?? label.year
            }
        }
    }
}
