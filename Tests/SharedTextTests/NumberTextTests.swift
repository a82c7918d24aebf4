import Testing
import SharedText

/// Numbers print one way in every module: whole numbers without `.0`, others in their shortest exact form.
@Suite struct NumberTextTests {
    @Test("whole numbers below 10^15 print without a decimal point")
    func wholeNumbers() {
        #expect(NumberText.plain(67000) == "67000")
        #expect(NumberText.plain(-5) == "-5")
        #expect(NumberText.plain(-0.0) == "0")
        #expect(NumberText.plain(999_999_999_999_999) == "999999999999999")
        #expect(NumberText.plain(-999_999_999_999_999) == "-999999999999999")
    }

    @Test("other numbers print in Swift's shortest form: 16 digits keep their .0, so CSV typing reads a number, not a code")
    func otherNumbers() {
        #expect(NumberText.plain(61.2) == "61.2")
        #expect(NumberText.plain(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.plain(1e-5) == "1e-05")
        #expect(NumberText.plain(1e15) == "1000000000000000.0")
        #expect(NumberText.plain(4_764_268_943_834_400) == "4764268943834400.0")
        #expect(NumberText.plain(9_007_199_254_740_994) == "9.007199254740994e+15")
        #expect(NumberText.plain(1e16) == "1e+16")
        #expect(NumberText.plain(.infinity) == "inf")
        #expect(NumberText.plain(.nan) == "nan")
    }

    @Test("every number reads back as itself, and none below 10^15 ends in .0, over every power of two and ten")
    func neverATrailingPointZero() {
        var values: [Double] = []
        for exponent in -1074...1023 { values.append(Double(sign: .plus, exponent: exponent, significand: 1)) }
        for exponent in -300...300 { values.append(Double("1e\(exponent)") ?? 0) }
        for value in values + values.map({ -$0 }) {
            let text = NumberText.plain(value)
            #expect(value.magnitude >= 1e15 || !text.hasSuffix(".0"), "\(text)")
            #expect(Double(text) == value, "\(text) reads back as another number")
        }
    }

    @Test("integer(_:) is nil for fractions, non-finite values and magnitudes from 10^15")
    func integerValue() {
        #expect(NumberText.integer(12000) == 12000)
        #expect(NumberText.integer(0.5) == nil)
        #expect(NumberText.integer(.infinity) == nil)
        #expect(NumberText.integer(.nan) == nil)
        #expect(NumberText.integer(1e15) == nil)
        #expect(NumberText.integer(1e300) == nil)
    }
}
