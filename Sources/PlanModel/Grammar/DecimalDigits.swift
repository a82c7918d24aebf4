/// A decimal number as its digits and the count of digits after the point, so that scaling
/// by a power of ten is one correctly rounded operation (`6.7` × 10⁴ is 67 × 10³ = 67000).
struct DecimalDigits: Sendable, Hashable {
    /// The digits as an integer (67 for 6.7); a Double so that very long digit runs stay finite-precision instead of overflowing.
    var mantissa: Double = 0
    /// Digits after the decimal point (1 for 6.7).
    var fractionDigits = 0
    /// Whether a scan is past the decimal point.
    var inFraction = false

    /// The number 1 (for 十 written without a digit before it).
    static let one = DecimalDigits(mantissa: 1)

    /// Appends a digit to the integer part.
    mutating func append(_ digit: Int) {
        mantissa = mantissa * 10 + Double(digit)
    }

    /// The value × 10^exponent.
    func value(times exponent: Int) -> Double {
        let shift = exponent - fractionDigits
        return shift >= 0 ? mantissa * Self.powerOfTen(shift) : mantissa / Self.powerOfTen(-shift)
    }

    /// 10^exponent, exact up to 10²².
    static func powerOfTen(_ exponent: Int) -> Double {
        if exponent < powers.count { return powers[exponent] }
        var value = powers[powers.count - 1]
        for _ in powers.count - 1..<exponent { value *= 10 }
        return value
    }

    private static let powers: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Reads ASCII digits with thousands separators (`12,000`: a comma only before exactly
    /// three digits) and a decimal point followed by a digit.
    static func scanArabic(_ s: [Unicode.Scalar], from start: Int) -> (DecimalDigits, Int)? {
        var digits = DecimalDigits()
        var index = start
        while index < s.count {
            let scalar = s[index]
            if FiscalYearLabel.isDigit(scalar) {
                digits.append(Int(scalar.value - 48))
                if digits.inFraction { digits.fractionDigits += 1 }
                index += 1
            } else if scalar == ",", !digits.inFraction, isThreeDigitGroup(s, at: index + 1) {
                index += 1
            } else if scalar == ".", !digits.inFraction, index + 1 < s.count, FiscalYearLabel.isDigit(s[index + 1]) {
                digits.inFraction = true
                index += 1
            } else {
                break
            }
        }
        return index > start ? (digits, index) : nil
    }

    private static func isThreeDigitGroup(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= s.count else { return false }
        for offset in 0..<3 where !FiscalYearLabel.isDigit(s[index + offset]) { return false }
        return index + 3 == s.count || !FiscalYearLabel.isDigit(s[index + 3])
    }
}
