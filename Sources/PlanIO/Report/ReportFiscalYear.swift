import PlanModel

/// Fiscal year names as the published reports print them (``FiscalYear/printedShortName``).
enum ReportFiscalYear {
    /// 2020 → 令和２年度, 2019 → 令和元年度, 2018 → 平成３０年度.
    static func longName(_ year: Int) -> String { FiscalYear(year).printedLongName }

    /// 2020 → Ｒ２年度, 2019 → Ｒ元年度, 2018 → Ｈ３０年度.
    static func shortName(_ year: Int) -> String { FiscalYear(year).printedShortName }
}
