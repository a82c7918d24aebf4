/// How a number is shown: an Excel number format code such as `#,##0` or `yyyy-mm-dd`.
///
/// Codes that Excel knows by a built-in id are written by that id; others get a
/// custom id from 164 up in styles.xml.
public struct NumberFormat: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The format code, exactly as Excel's "Custom" format box shows it.
    public var code: String

    /// Makes a format from a code.
    public init(_ code: String) { self.code = code }

    /// Makes a format from a string literal code.
    public init(stringLiteral value: String) { self.code = value }

    /// `General`: Excel's default.
    public static let general = NumberFormat("General")
    /// `0`: whole numbers.
    public static let integer = NumberFormat("0")
    /// `#,##0`: whole numbers with thousands separators.
    public static let thousands = NumberFormat("#,##0")
    /// `#,##0.00`: two decimals with thousands separators.
    public static let thousandsTwoDecimals = NumberFormat("#,##0.00")
    /// `0%`.
    public static let percent = NumberFormat("0%")
    /// `0.0%`: a percentage with one decimal.
    public static let percentOneDecimal = NumberFormat("0.0%")
    /// `@`: text.
    public static let text = NumberFormat("@")
    /// `yyyy-mm-dd`: an ISO date.
    public static let isoDate = NumberFormat("yyyy-mm-dd")
    /// `yyyy-mm-dd hh:mm:ss`: an ISO date and time.
    public static let isoDateTime = NumberFormat("yyyy-mm-dd hh:mm:ss")
    /// `hh:mm:ss`: a time of day.
    public static let timeOfDay = NumberFormat("hh:mm:ss")
    /// `[h]:mm:ss`: an elapsed time that may pass 24 hours.
    public static let elapsedTime = NumberFormat("[h]:mm:ss")
    /// `[$-411]ggge"年"m"月"d"日"`: a Japanese era date such as 令和2年4月1日, understood by
    /// every Excel version and by LibreOffice.
    public static let japaneseEraDate = NumberFormat("[$-411]ggge\"年\"m\"月\"d\"日\"")
    /// `[$-ja-JP-x-gannen]ggge"年"m"月"d"日"`: the era date with the first year shown as
    /// 元年 (令和元年5月1日), as Excel 2019 and later write it.
    public static let japaneseEraDateGannen = NumberFormat("[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\"")

    /// Excel's built-in format ids for the codes above that have one.
    static let builtInIDs: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10,
        "0.00E+00": 11, "@": 49,
    ]
}
