import PlanModel

/// Collects one indicator's targets and results while rows and cells are read, then settles its
/// unit, period and direction from the figures: the first figure with a unit names the unit.
struct IndicatorBuilder {
    var name: String
    var targets: [Target] = []
    var actuals: [Actual] = []
    /// Unit and period written in a 単位 column (table layout), used when the figures carry none.
    var columnUnit: String?
    var columnPeriod: Period?
    private var figures: [ParsedExpression] = []

    init(name: String) { self.name = name }

    /// Whether `text` names this indicator (compared NFKC-normalised, white space ignored;
    /// the first line of a two-line name is enough: `ＡＩの活用等による財務相談の促進`).
    func isNamed(_ text: String) -> Bool {
        MatchingKey.namesIndicator(text, called: name)
    }

    /// Adds a target read from `text`; a target for a year already present replaces it (a revision).
    mutating func addTarget(fiscalYear: Int?, text: String, quantity: ParsedExpression) {
        let target = Target(fiscalYear: fiscalYear, value: quantity.value,
                            comparator: quantity.value == nil ? nil : (quantity.comparator ?? .atLeast),
                            approximate: quantity.approximate, revisedFrom: quantity.revisedFrom, text: text)
        if let fiscalYear, let index = targets.firstIndex(where: { $0.fiscalYear == fiscalYear }) {
            targets[index] = target
        } else {
            targets.append(target)
        }
        if !quantity.isQualitative { figures.append(quantity) }
    }

    /// Adds a result read from `text`.
    mutating func addActual(fiscalYear: Int?, text: String, quantity: ParsedExpression) {
        actuals.append(Actual(fiscalYear: fiscalYear, value: quantity.value, approximate: quantity.approximate, text: text))
        if !quantity.isQualitative { figures.append(quantity) }
    }

    /// The indicator.
    func build() -> Indicator {
        let unit = figures.lazy.compactMap(\.unit).first ?? columnUnit
        let period = figures.lazy.compactMap(\.period).first ?? columnPeriod
        let direction: Direction = figures.contains { $0.direction == .decrease } ? .decrease : .increase
        return Indicator(name: name, unit: unit, period: period, direction: direction, targets: targets, actuals: actuals)
    }

    /// Reads a 単位 cell: `枚／年` → (枚, perYear), `／累計` → (nil, cumulative), `%` → (%, nil).
    static func unitColumn(_ text: String) -> (unit: String?, period: Period?) {
        let normalized = ImportText.trimmed(text.precomposedStringWithCompatibilityMapping)
        var unit = normalized
        var period: Period?
        for (suffix, value) in [("/年", Period.perYear), ("/累計", .cumulative), ("/月", .perMonth)] where normalized.hasSuffix(suffix) {
            unit = String(normalized.dropLast(suffix.count))
            period = value
        }
        if period == nil, normalized == "累計" { return (nil, .cumulative) }
        return (unit.isEmpty ? nil : unit, period)
    }
}

import Foundation
