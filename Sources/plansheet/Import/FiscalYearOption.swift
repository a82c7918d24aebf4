import PlanModel

/// A fiscal year given on the command line (`--year`, `--report-year`, `--from`): `R2`,
/// `令和2年度`, `2020`, `FY2020`. One parser, so every option takes the same forms and range.
enum FiscalYearOption {
    /// The calendar years accepted as a bare number: the Meiji era's start to well past any plan.
    static let years = 1868...2999

    /// The starting calendar year, or nil when the text is no fiscal year.
    static func parse(_ text: String) -> Int? {
        if let year = Int(text) { return years.contains(year) ? year : nil }
        return FiscalYear(text)?.startYear
    }

    /// The starting calendar year; a text that is no fiscal year is a usage error naming `option`.
    static func parse(_ text: String, option: String) throws -> Int {
        guard let year = parse(text) else { throw CLIError.notAFiscalYear(option, text) }
        return year
    }
}
