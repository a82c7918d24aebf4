/// Fiscal year names as the published reports print them: 令和２年度, Ｒ２年度.
enum ReportFiscalYear {
    /// 2020 → 令和２年度, 2019 → 令和元年度, 2018 → 平成３０年度.
    static func longName(_ year: Int) -> String {
        let (era, number) = eraYear(year)
        return "\(era.long)\(number)年度"
    }

    /// 2020 → Ｒ２年度, 2019 → Ｒ元年度, 2018 → Ｈ３０年度.
    static func shortName(_ year: Int) -> String {
        let (era, number) = eraYear(year)
        return "\(era.short)\(number)年度"
    }

    private static func eraYear(_ year: Int) -> (era: (long: String, short: String), number: String) {
        let era: (long: String, short: String, start: Int)
        switch year {
        case 2019...: era = ("令和", "Ｒ", 2019)
        case 1989...: era = ("平成", "Ｈ", 1989)
        default: return (("", ""), "\(ReportHeadline.fullWidth(year))")
        }
        let number = year - era.start + 1
        return ((era.long, era.short), number == 1 ? "元" : ReportHeadline.fullWidth(number))
    }
}
