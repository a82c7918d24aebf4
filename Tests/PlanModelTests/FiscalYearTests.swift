import Testing
@testable import PlanModel

@Suite struct FiscalYearTests {
    @Test(arguments: [
        ("Ｒ２年度", 2020), ("R2年度", 2020), ("R2", 2020), ("令和2年度", 2020), ("令和２年度", 2020),
        ("令和元年度", 2019), ("R元年度", 2019), ("Ｈ３０年度", 2018), ("平成30年度", 2018),
        ("2020年度", 2020), ("FY2020", 2020), ("ＦＹ２０２０", 2020), ("２０２０年度", 2020),
        ("令和二年度", 2020), ("平成元年度", 1989), ("昭和64年度", 1989), ("昭和元年度", 1926),
        ("大正元年度", 1912), ("明治元年度", 1868), (" Ｒ３年度 ", 2021), ("r4", 2022),
        ("2020（R2）", 2020), ("２０２０（Ｒ２）", 2020), ("R2(2020)", 2020), ("2020年度（令和2年度）", 2020),
        ("令和2年度(2020)", 2020), ("2019（R元）", 2019), ("2020(R2)年度", 2020),
    ])
    func readsEveryFiscalYearForm(text: String, startYear: Int) {
        #expect(FiscalYear(text) == FiscalYear(startYear), "\(text)")
    }

    @Test(arguments: [
        "", "年度", "R", "R0", "RPA", "Ｒ２年度比", "R2x", "123年度", "20200年度", "FY20", "令和", "二万",
        "2020（R3）", "2020(見込)", "2020", "R2(2021)",
    ])
    func rejectsTextThatIsNotOneLabel(text: String) {
        #expect(FiscalYear(text) == nil, "\(text)")
    }

    @Test func printsEraLetterJapaneseAndGregorian() {
        let year = FiscalYear(2020)
        #expect(year.formatted(.eraLetter) == "R2")
        #expect(year.formatted(.japanese) == "令和2年度")
        #expect(year.formatted(.gregorian) == "2020")
        #expect(year.description == "R2")
        #expect(FiscalYear(2019).formatted(.japanese) == "令和元年度")
        #expect(FiscalYear(2018).formatted(.eraLetter) == "H30")
        #expect(FiscalYear(1800).formatted(.japanese) == "1800")
    }

    @Test func knowsTheFirstYearOfEachEra() {
        #expect(Era.allCases.map(\.firstYear) == [1868, 1912, 1926, 1989, 2019])
        #expect(FiscalYear(2019).era == .reiwa)
        #expect(FiscalYear(2018).era == .heisei)
        #expect(FiscalYear(2018).yearOfEra == 30)
    }

    @Test func reiwaGannenHiIsABaselineYear() {
        let parsed = ExpressionParser.parse("Ｒ元年度比")
        #expect(parsed.baselineYear == FiscalYear(2019))
        #expect(parsed.fiscalYear == nil)
    }

    @Test func ordersFiscalYearsInTime() {
        #expect(FiscalYear("Ｈ３０年度")! < FiscalYear("令和元年度")!)
    }
}

@Suite struct JapaneseNumberTests {
    @Test(arguments: [
        ("12,000", 12000.0), ("１２，０００", 12000), ("5,350,000", 5_350_000), ("61.2", 61.2), ("６．７万", 67000),
        ("6.7万", 67000), ("２万", 20000), ("1億2,000万", 120_000_000), ("3千", 3000), ("5千円", -1),
        ("二万", 20000), ("十五", 15), ("三千五百", 3500), ("百二十", 120), ("二〇二〇", 2020), ("0.05", 0.05),
        ("1,2", -1), ("12,0000", -1), ("万", -1), ("千葉", -1), ("", -1), ("abc", -1),
    ])
    func readsJapaneseNumbers(text: String, expected: Double) {
        #expect(JapaneseNumber.parse(text) == (expected < 0 ? nil : expected), "\(text)")
    }
}
