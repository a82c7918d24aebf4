/// Small scanners over NFKC-normalized scalars shared by the expression and cell parsers.
enum TextScan {
    /// Bullets that open a line: ○ ● ◎ ・ ※ (and their NFKC forms).
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "○", "●", "◎", "・", "※", "◯", "■", "□", "◆", "◇", "-", "*", "•", "･": return true
        default: return false
        }
    }

    /// Whether the scalar is white space (ASCII, ideographic or Unicode).
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether the scalar is hiragana.
    @inline(__always) static func isHiragana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x309F).contains(scalar.value)
    }

    /// `range` without white space at either end, as (start, end).
    static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (Int, Int) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isWhitespace(s[start]) { start += 1 }
        while end > start, isWhitespace(s[end - 1]) { end -= 1 }
        return (start, end)
    }

    /// A name's range without white space, colons, bullets or a trailing particle around it.
    static func trimName(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (Int, Int) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isWhitespace(s[start]) || isBullet(s[start]) || s[start] == ":" { start += 1 }
        while end > start, isWhitespace(s[end - 1]) || s[end - 1] == ":" || s[end - 1] == "、" { end -= 1 }
        // `コピー使用量を60％削減`: the particle belongs to the sentence, not to the name.
        if end - start > 1, s[end - 1] == "を" || s[end - 1] == "は" || s[end - 1] == "が" { end -= 1 }
        return (start, end)
    }

    /// A line as a label: white space and bullets around removed, otherwise as written.
    static func label(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, isWhitespace(scalars[start]) || isBullet(NormalizedText.fastMapping(of: scalars[start]) ?? " ") {
            start += 1
        }
        while end > start, isWhitespace(scalars[end - 1]) { end -= 1 }
        return string(scalars, start..<end)
    }

    /// The index after any bullets and white space at `start`.
    static func skipBullets(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, isBullet(s[index]) || isWhitespace(s[index]) {
            // `-` is a bullet only at the start of a line, not the minus of `-5`.
            if s[index] == "-", index + 1 < end, FiscalYearLabel.isDigit(s[index + 1]) { break }
            index += 1
        }
        return index
    }

    /// The index after any white space at `start`.
    @inline(__always) static func skipWhitespace(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < s.count, isWhitespace(s[index]) { index += 1 }
        return index
    }

    /// The index of the `)` closing the `(` at `open`, before `end`.
    static func closingParenthesis(_ s: [Unicode.Scalar], from open: Int, before end: Int) -> Int? {
        var depth = 0
        var index = open
        while index < end {
            if s[index] == "(" {
                depth += 1
            } else if s[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `word` is written at `index`.
    static func hasPrefix(_ s: [Unicode.Scalar], at index: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard index >= 0, index + word.count <= s.count else { return false }
        for offset in word.indices where s[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether a fiscal-year label may start with this scalar (a cheap filter before matching).
    @inline(__always) static func mayStartLabel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "R", "H", "S", "T", "M", "r", "h", "s", "t", "m", "F", "f", "令", "平", "昭", "大", "明": return true
        default: return FiscalYearLabel.isDigit(scalar)
        }
    }

    /// The start of a number at `index` that reads as a figure, or nil.
    ///
    /// Arabic digits count unless they continue a Latin word (`COVID19`). Kanji numerals are
    /// also words' letters (`一部`, `一層`, `千葉`, `第三者`), so they count only after a
    /// boundary and when they are two or more numerals long (`十五`, `二万`) or followed by a
    /// counter (`五件`).
    static func numberStart(_ m: [Unicode.Scalar], at index: Int) -> Int? {
        let scalar = m[index]
        if FiscalYearLabel.isDigit(scalar) {
            if index > 0, FiscalYearLabel.isASCIIAlphanumeric(m[index - 1]) { return nil }
            return index
        }
        guard JapaneseNumber.kanjiDigit(scalar) != nil || JapaneseNumber.smallMultiplierExponent(scalar) != nil else {
            return nil
        }
        if index > 0, !isKanjiNumeralBoundary(m[index - 1]) { return nil }
        guard let number = JapaneseNumber.scan(m, at: index), number.isKanjiNumeral else { return nil }
        if number.length >= 2 { return index }
        if number.end < m.count, isCounter(m, at: number.end) { return index }
        return nil
    }

    /// What may stand before a kanji numeral that is a number, not part of a word.
    private static func isKanjiNumeralBoundary(_ scalar: Unicode.Scalar) -> Bool {
        if isWhitespace(scalar) || isHiragana(scalar) { return true }
        switch scalar {
        case ":", ",", "、", "。", "(", ")", "→", "⇒", ">", "~", "約", "・", "「", "」": return true
        default: return false
        }
    }

    /// Counters that make a single kanji numeral a number (`五件`, `一人`).
    private static func isCounter(_ m: [Unicode.Scalar], at index: Int) -> Bool {
        switch m[index] {
        case "件", "回", "人", "名", "校", "社", "台", "箇", "ヶ", "ケ", "団", "事", "業", "拠", "施", "枚", "本", "冊",
            "店", "局", "問", "会", "%", "割", "倍", "万", "億":
            return true
        case "か":
            return index + 1 < m.count && (m[index + 1] == "所" || m[index + 1] == "月")
        default:
            return false
        }
    }

    /// The start of 約 / およそ / 概ね just before `index` (white space between allowed).
    static func approximateMarkerStart(_ m: [Unicode.Scalar], before index: Int) -> Int? {
        var end = index
        while end > 0, isWhitespace(m[end - 1]) { end -= 1 }
        for marker in approximateMarkers where hasPrefix(m, at: end - marker.count, marker) {
            return end - marker.count
        }
        return nil
    }

    /// The end of 約 / およそ / 概ね written at `index`.
    static func approximateMarkerEnd(_ m: [Unicode.Scalar], at index: Int) -> Int? {
        for marker in approximateMarkers where hasPrefix(m, at: index, marker) { return index + marker.count }
        return nil
    }

    private static let approximateMarkers: [[Unicode.Scalar]] = [["約"], ["お", "よ", "そ"], ["概", "ね"], ["お", "お", "む", "ね"]]

    /// The end of →, ⇒, -> or => at `index`.
    static func arrowEnd(_ m: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < m.count else { return nil }
        switch m[index] {
        case "→", "⇒", "⇨", "➡": return index + 1
        case "-", "=": return index + 1 < m.count && m[index + 1] == ">" ? index + 2 : nil
        default: return nil
        }
    }

    /// The end of the unit after a number at `start`, or nil when what follows is not a unit
    /// (a date such as `３月`, or words too long to be one).
    static func unitEnd(_ m: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < m.count else { return start }
        if m[start] == "%" { return start + 1 }
        var index = start
        while index < m.count {
            let scalar = m[index]
            if isWhitespace(scalar) || FiscalYearLabel.isDigit(scalar) || isUnitStop(scalar) { break }
            if arrowEnd(m, at: index) != nil || TailToken.starts(m, at: index) { break }
            if isHiragana(scalar) {
                // か所 and か月 are counters; other kana start a sentence.
                if scalar == "か", index + 1 < m.count, m[index + 1] == "所" || m[index + 1] == "月" {
                    index += 2
                    continue
                }
                break
            }
            index += 1
        }
        if index - start > maximumUnitLength { return nil }
        if index > start {
            switch m[start] {
            case "月", "日", "年": return nil
            default: break
            }
        }
        return index
    }

    /// Units are short words (枚, 業務, 会議, 団体, ポイント); anything longer is a sentence.
    private static let maximumUnitLength = 6

    private static func isUnitStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "(", ")", ",", "、", "。", ":", "~", ".", ";", "・", "%", "約": return true
        default: return false
        }
    }

    /// The scalars in `range` as a string, or nil when the range is empty. Writes UTF-8
    /// directly: building a `String.UnicodeScalarView` scalar by scalar is several times slower.
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        return String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for index in range {
                UTF8.encode(s[index]) { unit in
                    buffer[count] = unit
                    count += 1
                }
            }
            return count
        }
    }
}
