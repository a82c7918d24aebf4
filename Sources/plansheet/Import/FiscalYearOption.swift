import PlanModel

/// A fiscal year given on the command line: `R2`, `令和2年度`, `2020`, `FY2020`.
enum FiscalYearOption {
    /// The starting calendar year, or nil when the text is no fiscal year.
    static func parse(_ text: String) -> Int? {
        if let year = Int(text), (1900..<2200).contains(year) { return year }
        return FiscalYear(text)?.startYear
    }
}
