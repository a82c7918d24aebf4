import Foundation

/// Figures as people and scripts want them: no float noise, no needless `.0`.
enum NumberFormatting {
    /// Rounds away binary noise (6.7 × 10⁴ = 67000.00000000001) to 10 significant digits.
    static func tidy(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = (log10(abs(value))).rounded(.down)
        let scale = pow(10, 9 - magnitude)
        return (value * scale).rounded() / scale
    }

    /// `67000`, `61.2`, `-0.5`: integers without a decimal point, others in their shortest form.
    static func plain(_ value: Double) -> String {
        let value = tidy(value)
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `67,000`, `61.2`: thousands separated, for tables meant for people.
    static func grouped(_ value: Double) -> String {
        let text = plain(value)
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
    static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + grouped(value)
    }

    /// The ratio new/old to two decimals (3.35, 2.33), or nil when old is zero.
    static func ratio(_ new: Double, over old: Double) -> Double? {
        guard old != 0, new.isFinite, old.isFinite else { return nil }
        return ((new / old) * 100).rounded() / 100
    }
}
