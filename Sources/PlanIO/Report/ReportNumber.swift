import Foundation

/// Numbers as the report prints them: 67,000枚, 61.2%.
enum ReportNumber {
    /// Groups thousands, keeps up to two decimals, appends the unit.
    static func format(_ value: Double, unit: String?) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        let digits = formatter.string(from: NSNumber(value: value)) ?? String(value)
        return digits + (unit ?? "")
    }
}
