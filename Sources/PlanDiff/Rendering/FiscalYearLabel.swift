/// Short era labels for fiscal years in tables: `R3` for 2021, `R1` for 2019, `H30` for 2018.
public enum FiscalYearLabel {
    /// The era label of a fiscal year given by its starting calendar year; `-` for none.
    public static func short(_ year: Int?) -> String {
        guard let year else { return "-" }
        if year >= 2019 { return "R\(year - 2018)" }
        if year >= 1989 { return "H\(year - 1988)" }
        return String(year)
    }
}
