import Foundation
import SharedText

/// Figures as people read them in the plan's reports and diffs, printed one way everywhere:
/// no float noise, no needless `.0`, thousands grouped where a person reads them.
///
/// Every function accepts any `Double` a file may produce (1e-300, 1e308, infinities, NaN,
/// negative zero) and never traps. The digits come from SharedText's `NumberText`, the one
/// rule every module prints numbers with (whole numbers up to 2^53 as digits, anything else in
/// Swift's shortest round-trip form); this type adds what people read: tidying, grouping, signs.
public enum PlanNumber {
    /// Rounds away binary noise (6.7 × 10⁴ = 67000.00000000001) to 10 significant digits.
    public static func tidy(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        // Decimal rounding by printing: correctly rounded at every magnitude, where scaling
        // by a power of ten adds noise of its own (9.2e18) or overflows (1e-300).
        return Double(String(format: "%.10g", value)) ?? value
    }

    /// `67000`, `61.2`, `-0.5`: integers without a decimal point, others in their shortest form;
    /// `-0` prints as `0`, and values that are not finite as `∞`, `-∞` or `NaN`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        return NumberText.plain(tidy(value))
    }

    /// `67,000`, `61.2`, `1,234.5`: thousands separated, for tables meant for people.
    /// Figures printed with an exponent (`1e+300`) are not grouped.
    public static func grouped(_ value: Double) -> String {
        let text = plain(value)
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = Array(parts.first.map(String.init) ?? "")
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + String(integer.suffix(3)) + grouped
            integer.removeLast(3)
        }
        grouped = String(integer) + grouped
        if parts.count > 1 { grouped += "." + parts[1] }
        return (negative ? "-" : "") + grouped
    }

    /// `+47,000` / `-5`: a signed difference.
    public static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + grouped(value)
    }

    /// The ratio new/old to two decimals (3.35, 2.33), or nil when old is zero or the ratio is not finite.
    public static func ratio(_ new: Double, over old: Double) -> Double? {
        guard old != 0, new.isFinite, old.isFinite else { return nil }
        let ratio = new / old
        guard ratio.isFinite else { return nil }
        return rounded(ratio, decimals: 2)
    }

    /// `value` rounded to `decimals` decimals (0.63 for two), or `value` itself where scaling would overflow.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 15)) { scale *= 10 }
        let scaled = (value * scale).rounded() / scale
        return scaled.isFinite ? scaled : value
    }

    /// `517%`, `61.2%`: a rate (1 = 100 %) as a percentage with at most `decimals` decimals
    /// (0 or 1), or nil when the rate is not finite; a rate too large for a percentage prints as a multiple (`3e+306倍`).
    public static func percent(_ rate: Double, decimals: Int = 0) -> String? {
        guard rate.isFinite else { return nil }
        let scale = decimals > 0 ? 10.0 : 1.0
        let percent = rate * 100
        // A rate past 1e306 has no percentage a Double can hold: say it as a multiple (3e+306倍).
        guard percent.isFinite else { return plain(rate) + "倍" }
        let rounded = (percent * scale).rounded() / scale
        return grouped(rounded.isFinite ? rounded : percent) + "%"
    }
}
