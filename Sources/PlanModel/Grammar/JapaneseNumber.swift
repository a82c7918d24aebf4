/// Numbers as Japanese documents write them: `12,000`, `６．７万` (67,000), `1億2,000万`,
/// and kanji numerals such as `二万`, `十五`, `三千五百`.
public enum JapaneseNumber {
    /// The value of `text` when the whole text (white space around ignored) is one number,
    /// else nil: `JapaneseNumber.parse("6.7万") == 67000`.
    public static func parse(_ text: String) -> Double? {
        let scalars = NormalizedText(text).scalars
        let (start, end) = TextScan.trim(scalars, 0..<scalars.count)
        guard let number = scan(scalars, at: start), number.end == end else { return nil }
        return number.value
    }

    /// A number read from normalized scalars.
    struct Scanned: Sendable, Hashable {
        /// Its value.
        var value: Double
        /// The index just after it.
        var end: Int
        /// Whether any kanji numeral or multiplier took part (`二万`, `6.7万`).
        var usesKanji: Bool
        /// Whether the number is written in kanji numerals only (`十五`, not `6.7万`).
        var isKanjiNumeral: Bool
        /// How many scalars it took.
        var length: Int
    }

    /// Reads the number starting exactly at `start`, or nil when there is none. Digits must
    /// already be ASCII (NFKC). The value is computed in decimal so that `6.7万` is exactly 67000.
    static func scan(_ s: [Unicode.Scalar], at start: Int) -> Scanned? {
        var total = 0.0
        var section = 0.0
        var pending: DecimalDigits?
        var lastSmallExponent = Int.max
        var lastLargeExponent = Int.max
        var sawDigit = false
        var usesKanji = false
        var sawArabic = false
        var index = start
        var end = start
        while index < s.count {
            let scalar = s[index]
            if FiscalYearLabel.isDigit(scalar) {
                guard pending == nil, section == 0 || lastSmallExponent < Int.max else { break }
                guard let (digits, next) = DecimalDigits.scanArabic(s, from: index) else { break }
                pending = digits
                sawDigit = true
                sawArabic = true
                index = next
            } else if kanjiDigit(scalar) != nil {
                guard pending == nil else { break }
                var digits = DecimalDigits()
                while index < s.count, let digit = kanjiDigit(s[index]) {
                    digits.append(digit)
                    index += 1
                }
                pending = digits
                sawDigit = true
                usesKanji = true
            } else if let exponent = smallMultiplierExponent(scalar) {
                guard exponent < lastSmallExponent, pending != nil || !sawArabic else { break }
                section += (pending ?? DecimalDigits.one).value(times: exponent)
                pending = nil
                lastSmallExponent = exponent
                usesKanji = true
                index += 1
            } else if let exponent = largeMultiplierExponent(scalar) {
                guard exponent < lastLargeExponent, pending != nil || section != 0 else { break }
                total += multiply(section: section, pending: pending, exponent: exponent)
                section = 0
                pending = nil
                lastSmallExponent = Int.max
                lastLargeExponent = exponent
                usesKanji = true
                index += 1
            } else {
                break
            }
            end = index
        }
        guard sawDigit || section != 0, end > start else { return nil }
        let value = total + section + (pending?.value(times: 0) ?? 0)
        // A run of hundreds of digits overflows; that is garbage, not a figure.
        guard value.isFinite else { return nil }
        return Scanned(
            value: value, end: end, usesKanji: usesKanji, isKanjiNumeral: usesKanji && !sawArabic,
            length: end - start)
    }

    /// Multiplies a section by 10^exponent, exactly when the section is one decimal number
    /// (`6.7` × 万 is 67 × 10³, not 6.7 × 10⁴ rounded).
    private static func multiply(section: Double, pending: DecimalDigits?, exponent: Int) -> Double {
        if section == 0, let pending { return pending.value(times: exponent) }
        return (section + (pending?.value(times: 0) ?? 0)) * DecimalDigits.powerOfTen(exponent)
    }

    /// The value of a kanji digit (〇 零 一 … 九).
    @inline(__always) static func kanjiDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// 十 百 千 multiply within a group of four digits.
    @inline(__always) static func smallMultiplierExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十": 1
        case "百": 2
        case "千": 3
        default: nil
        }
    }

    /// 万 億 兆 multiply whole groups.
    @inline(__always) static func largeMultiplierExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "万": 4
        case "億": 8
        case "兆": 12
        default: nil
        }
    }
}
