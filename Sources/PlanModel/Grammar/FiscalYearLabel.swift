/// A fiscal-year label found inside normalized text, e.g. `R2年度:` or the baseline `R元年度比`.
struct FiscalYearLabel: Sendable, Hashable {
    /// The year named.
    var year: FiscalYear
    /// The index just after the label (after 年度 and 比, before any colon).
    var end: Int
    /// Whether the label was followed by 比 ("compared with"), naming a baseline year.
    var isBaseline: Bool

    /// Matches a label starting exactly at `start` of NFKC-normalized scalars.
    static func match(_ s: [Unicode.Scalar], at start: Int) -> FiscalYearLabel? {
        guard start < s.count else { return nil }
        // A label does not start in the middle of a word or number (`ＲＰＡ`, `12R2`).
        if start > 0, isASCIIAlphanumeric(s[start - 1]) { return nil }
        if let era = Era(letter: s[start]) {
            return matchEraYear(s, era: era, from: start + 1, requiresNendo: era != .reiwa && era != .heisei)
        }
        if start + 1 < s.count, let era = Era(kanji: s[start], s[start + 1]) {
            return matchEraYear(s, era: era, from: start + 2, requiresNendo: true)
        }
        if s[start] == "F" || s[start] == "f", start + 1 < s.count, s[start + 1] == "Y" || s[start + 1] == "y" {
            var index = start + 2
            if index < s.count, s[index] == " " { index += 1 }
            guard let (year, end) = digits(s, from: index, maxCount: 4), end - index == 4 else { return nil }
            return finish(s, year: year, end: end, requiresNendo: false)
        }
        if isDigit(s[start]) {
            guard let (year, end) = digits(s, from: start, maxCount: 4), end - start == 4,
                (1868...2999).contains(year)
            else { return nil }
            return finish(s, year: year, end: end, requiresNendo: true)
        }
        return nil
    }

    /// The end of a label that starts at most a few scalars before the `(` at `bracket` and runs past it
    /// (`2020(R2)`, `R2(2020)年度`), or nil when the bracket is no part of a label (a note).
    static func end(coveringBracketAt bracket: Int, in s: [Unicode.Scalar], from lowerBound: Int) -> Int? {
        // A label's year ends in a digit, 元 or 年度, so a bracket after anything else (`23,183件(累計)`)
        // is a note without trying a label at all.
        guard bracket > lowerBound, isDigit(s[bracket - 1]) || s[bracket - 1] == "元" || s[bracket - 1] == "度" else { return nil }
        // The longest label before its alias is `令和元年度` or `2020年度` (six scalars).
        for start in max(lowerBound, bracket - 7)..<bracket {
            if let label = match(s, at: start), label.end > bracket { return label.end }
        }
        return nil
    }

    /// Finds the first label in `range`.
    static func first(_ s: [Unicode.Scalar], in range: Range<Int>) -> (start: Int, label: FiscalYearLabel)? {
        var index = range.lowerBound
        while index < range.upperBound {
            if let label = match(s, at: index), label.end <= range.upperBound { return (index, label) }
            index += 1
        }
        return nil
    }

    private static func matchEraYear(
        _ s: [Unicode.Scalar], era: Era, from index: Int,
        requiresNendo: Bool
    ) -> FiscalYearLabel? {
        guard index < s.count else { return nil }
        let yearOfEra: Int
        let end: Int
        if s[index] == "元" {
            (yearOfEra, end) = (1, index + 1)
        } else if let (value, digitsEnd) = digits(s, from: index, maxCount: 2) {
            (yearOfEra, end) = (value, digitsEnd)
        } else if let number = JapaneseNumber.scan(s, at: index), number.usesKanji,
            number.value >= 1, number.value < 100, number.value == number.value.rounded()
        {
            (yearOfEra, end) = (Int(number.value), number.end)
        } else {
            return nil
        }
        guard yearOfEra >= 1 else { return nil }
        // `R2` alone is a label, but `R2x` or `R20000` is not.
        if end < s.count, isASCIIAlphanumeric(s[end]) { return nil }
        return finish(s, year: era.firstYear + yearOfEra - 1, end: end, requiresNendo: requiresNendo)
    }

    private static func finish(_ s: [Unicode.Scalar], year: Int, end: Int, requiresNendo: Bool) -> FiscalYearLabel? {
        var index = end
        // `2020(R2)`, `R2(2020)`: the same year in the other calendar, in brackets, names it as 年度 does.
        var hasAlias = false
        if let after = aliasEnd(s, of: year, at: index) { (index, hasAlias) = (after, true) }
        if index + 1 < s.count, s[index] == "年", s[index + 1] == "度" {
            index += 2
            // `2020年度(R2)`.
            if !hasAlias, let after = aliasEnd(s, of: year, at: index) { index = after }
        } else if requiresNendo && !hasAlias {
            return nil
        } else if index < s.count, isDigit(s[index]) {
            return nil
        }
        var isBaseline = false
        if index < s.count, s[index] == "比" {
            isBaseline = true
            index += 1
        }
        return FiscalYearLabel(year: FiscalYear(year), end: index, isBaseline: isBaseline)
    }

    /// The index after `(R2)` or `(2020)` (also `(令和2年度)`, `(2020年度)`) at `index` when the bracket names
    /// `year` again; nil for any other text, so `2020(見込)` or a bracket naming another year is no alias.
    private static func aliasEnd(_ s: [Unicode.Scalar], of year: Int, at index: Int) -> Int? {
        guard index + 2 < s.count, s[index] == "(" else { return nil }
        let start = index + 1
        var named: (year: Int, end: Int)?
        if let (value, end) = digits(s, from: start, maxCount: 4), end - start == 4 {
            named = (value, end)
            if end + 1 < s.count, s[end] == "年", s[end + 1] == "度" { named = (value, end + 2) }
        } else if let era = Era(letter: s[start]) {
            named = matchEraYear(s, era: era, from: start + 1, requiresNendo: false).map { ($0.year.startYear, $0.end) }
        } else if start + 1 < s.count, let era = Era(kanji: s[start], s[start + 1]) {
            named = matchEraYear(s, era: era, from: start + 2, requiresNendo: false).map { ($0.year.startYear, $0.end) }
        }
        guard let named, named.year == year, named.end < s.count, s[named.end] == ")" else { return nil }
        return named.end + 1
    }

    private static func digits(_ s: [Unicode.Scalar], from start: Int, maxCount: Int) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < s.count, isDigit(s[index]) {
            if index - start == maxCount { return nil }
            value = value * 10 + Int(s[index].value - 48)
            index += 1
        }
        return index > start ? (value, index) : nil
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    @inline(__always) static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
    }
}
