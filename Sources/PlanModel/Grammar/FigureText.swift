/// Targets and results as the seed writes them, for every place a person reads one
/// (report, diff, history): `Ｒ３年度：67,000枚`, `Ｒ２年度：12,000枚／年`, `約62,000枚／年`.
///
/// A department's text is shown as written. Only a figure without text of its own (a
/// number typed into a table cell, `67000` or `１，１００`) is spelt out from the model:
/// fiscal-year label, grouped digits, unit, comparator, period. The spelling reads back to
/// the same target: a bare figure is read as 以上 (`atLeast`), so 以上 is not added to
/// one, while 以下, 超 and 未満 are.
public enum FigureText {
    /// How a target of `indicator` is shown.
    public static func of(_ target: Target, in indicator: Indicator) -> String {
        guard let value = target.value, isBareFigure(target.text) else { return target.text }
        var text = target.fiscalYear.map { FiscalYear($0).printedShortName + "：" } ?? ""
        if target.approximate { text += "約" }
        text += PlanNumber.grouped(value) + (indicator.unit ?? "")
        text += comparatorWord(target.comparator)
        return text + periodSuffix(indicator.period)
    }

    /// How a result of `indicator` is shown: without its year, which the table's heading names.
    public static func of(_ actual: Actual, in indicator: Indicator) -> String {
        guard let value = actual.value, isBareFigure(actual.text) else { return actual.text }
        return (actual.approximate ? "約" : "") + PlanNumber.grouped(value) + (indicator.unit ?? "")
            + periodSuffix(indicator.period)
    }

    /// A figure with its unit, grouped: `67,000枚`, `61.2%`.
    public static func figure(_ value: Double, unit: String?) -> String {
        PlanNumber.grouped(value) + (unit ?? "")
    }

    /// Whether a cell's text is only a figure (`67000`, `１，１００`, `-0.5`, or nothing): text
    /// the department did not word, so the model's reading is what there is to show.
    public static func isBareFigure(_ text: String) -> Bool {
        var sawDigit = false
        for scalar in text.unicodeScalars {
            // Full-width digits and signs (０–９, ，, ．, －) count as their ASCII forms.
            let value = (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
            switch value {
            case 0x30...0x39: sawDigit = true
            case 0x2C, 0x2E, 0x2D, 0x2B, 0x20, 0x3000, 0x09, 0x0A, 0x0D: continue
            default: return false
            }
        }
        return sawDigit || text.allSatisfy(\.isWhitespace)
    }

    private static func comparatorWord(_ comparator: Comparator?) -> String {
        switch comparator {
        case .atMost?: "以下"
        case .above?: "超"
        case .below?: "未満"
        case .atLeast?, .exactly?, nil: ""
        }
    }

    private static func periodSuffix(_ period: Period?) -> String {
        switch period {
        case .perYear?: "／年"
        case .cumulative?: "／累計"
        case .perMonth?: "／月"
        case nil: ""
        }
    }
}
