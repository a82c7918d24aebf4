/// The one rule for printing a number without a needless `.0`, used by every module that prints
/// one: the XLSX writer and its CSV and JSON Lines codecs, the plan JSON, the importer's cell
/// text, and the figures people read in diffs and reports (through PlanModel's `PlanNumber`).
///
/// A whole number up to 2^53 prints as its digits (`67000`, `-5`, `0` for `-0`); anything
/// else prints in Swift's shortest form that reads back as the same `Double` (`61.2`, `1e-05`,
/// `1e+16`). 2^53 is where that shortest form itself switches to an exponent, so no printed
/// number ever ends in `.0`; every whole number below it is exact and fits an `Int64`.
public enum NumberText {
    /// The largest magnitude printed digit by digit: 2^53.
    public static let integerLimit = 9_007_199_254_740_992.0

    /// The value as an integer when it prints as one (whole, at most 2^53 in magnitude), else nil.
    /// Negative zero is `0`; values that are not finite are nil.
    @inlinable @inline(__always)
    public static func integer(_ value: Double) -> Int64? {
        guard value.magnitude <= integerLimit, value == value.rounded(.towardZero) else { return nil }
        return Int64(value)
    }

    /// `67000`, `61.2`, `-0.5`, `1e+16`: the value's text by the rule above
    /// (values that are not finite print as Swift prints them: `inf`, `-inf`, `nan`).
    public static func plain(_ value: Double) -> String {
        if let integer = integer(value) { return String(integer) }
        return value.description
    }
}
