/// The one rule for printing a number without a needless `.0`, used by every module that prints
/// one: the XLSX writer and its CSV and JSON Lines codecs, the plan JSON, the importer's cell
/// text, and the figures people read in diffs and reports (through PlanModel's `PlanNumber`).
///
/// A whole number below 10^15 prints as its digits (`67000`, `-5`, `0` for `-0`); anything
/// else prints in Swift's shortest form that reads back as the same `Double` (`61.2`, `1e-05`,
/// `1000000000000000.0`, `1e+16`). 15 digits are what Excel keeps of a number, and a CSV
/// reader (Excel's, and PlanSheet's `--to xlsx` typing) takes a longer run of digits for a code
/// such as a card number and keeps it as text: the `.0` past 10^15 keeps such a figure a number.
public enum NumberText {
    /// The magnitude from which a whole number is no longer printed digit by digit: 10^15.
    public static let integerLimit = 1e15

    /// The value as an integer when it prints as one (whole, below 10^15 in magnitude), else nil.
    /// Negative zero is `0`; values that are not finite are nil.
    @inlinable @inline(__always)
    public static func integer(_ value: Double) -> Int64? {
        guard value.magnitude < integerLimit, value == value.rounded(.towardZero) else { return nil }
        return Int64(value)
    }

    /// `67000`, `61.2`, `-0.5`, `1e+16`: the value's text by the rule above
    /// (values that are not finite print as Swift prints them: `inf`, `-inf`, `nan`).
    public static func plain(_ value: Double) -> String {
        if let integer = integer(value) { return String(integer) }
        return value.description
    }
}
