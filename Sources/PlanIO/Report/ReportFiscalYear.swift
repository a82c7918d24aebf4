import PlanModel

/// Fiscal year names as the published reports print them, digits full-width:
/// 令和２年度, Ｒ２年度, 令和元年度, Ｈ３０年度.
enum ReportFiscalYear {
    /// 2020 → 令和２年度, 2019 → 令和元年度, 2018 → 平成３０年度.
    static func longName(_ year: Int) -> String {
        let fiscalYear = FiscalYear(year)
        guard let era = fiscalYear.era, let number = fiscalYear.yearOfEra else { return "\(ReportHeadline.fullWidth(year))年度" }
        return "\(era.kanjiName)\(eraYear(number))年度"
    }

    /// 2020 → Ｒ２年度, 2019 → Ｒ元年度, 2018 → Ｈ３０年度.
    static func shortName(_ year: Int) -> String {
        let fiscalYear = FiscalYear(year)
        guard let era = fiscalYear.era, let number = fiscalYear.yearOfEra else { return "\(ReportHeadline.fullWidth(year))年度" }
        return "\(fullWidthLetter(era.letter))\(eraYear(number))年度"
    }

    private static func eraYear(_ number: Int) -> String {
        number == 1 ? "元" : ReportHeadline.fullWidth(number)
    }

    /// R → Ｒ: the published reports write the era letter full-width too.
    private static func fullWidthLetter(_ letter: Character) -> String {
        guard let scalar = letter.unicodeScalars.first, scalar.isASCII,
              let wide = Unicode.Scalar(scalar.value + 0xFEE0) else { return String(letter) }
        return String(Character(wide))
    }
}
