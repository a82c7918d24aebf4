import Foundation

/// Collects one indicator's targets and results while cells are read, then settles its unit,
/// period and direction from the figures (DOMAIN-PARSER.md): each from the first figure that
/// states it, target figures before result figures.
public struct IndicatorBuilder: Sendable {
    /// The indicator's name.
    public var name: String
    /// The targets read so far, one per fiscal year.
    public private(set) var targets: [Target] = []
    /// The results read so far.
    public private(set) var actuals: [Actual] = []
    /// Unit written in a 単位 column (table layout), used when the figures carry none.
    public var columnUnit: String?
    /// Period written in a 単位 column, used when the figures carry none.
    public var columnPeriod: Period?
    private var targetFigures: [ParsedExpression] = []
    private var actualFigures: [ParsedExpression] = []

    /// Starts an indicator.
    public init(name: String) { self.name = name }

    /// Whether `text` names this indicator (compared NFKC-normalised, white space ignored;
    /// the first line of a two-line name is enough: `ＡＩの活用等による財務相談の促進`).
    public func isNamed(_ text: String) -> Bool {
        MatchingKey.namesIndicator(text, called: name)
    }

    /// Adds a target read from `text`; a target for a year already present replaces it (a revision).
    public mutating func addTarget(fiscalYear: Int?, text: String, quantity: ParsedExpression) {
        let target = Target(
            fiscalYear: fiscalYear, value: quantity.value,
            comparator: quantity.value == nil ? nil : (quantity.comparator ?? .atLeast),
            approximate: quantity.approximate, revisedFrom: quantity.revisedFrom, text: text)
        if let fiscalYear, let index = targets.firstIndex(where: { $0.fiscalYear == fiscalYear }) {
            targets[index] = target
        } else {
            targets.append(target)
        }
        if !quantity.isQualitative { targetFigures.append(quantity) }
    }

    /// Adds a result read from `text`.
    public mutating func addActual(fiscalYear: Int?, text: String, quantity: ParsedExpression) {
        actuals.append(Actual(fiscalYear: fiscalYear, value: quantity.value, approximate: quantity.approximate, text: text))
        if !quantity.isQualitative { actualFigures.append(quantity) }
    }

    /// The indicator.
    public func build() -> Indicator {
        let figures = targetFigures + actualFigures
        // The first figure that states a direction decides it: the target says what the plan commits to.
        let direction = figures.lazy.compactMap(\.direction).first ?? .increase
        return Indicator(
            name: name, unit: figures.lazy.compactMap(\.unit).first ?? columnUnit,
            period: figures.lazy.compactMap(\.period).first ?? columnPeriod,
            direction: direction, targets: targets, actuals: actuals)
    }

    /// Reads a 単位 cell: `枚／年` → (枚, perYear), `／累計` → (nil, cumulative), `%` → (%, nil).
    public static func unitColumn(_ text: String) -> (unit: String?, period: Period?) {
        // The same cell is read on every row: NFKC without Foundation when the fast table knows the text.
        let normalized = CellText.trimmed(NormalizedText.fastNFKC(text) ?? text.precomposedStringWithCompatibilityMapping)
        var unit = normalized
        var period: Period?
        // Each suffix ends in 年, 計 or 月 (NFKC has no other form of them): the other units skip the tests.
        if let last = normalized.unicodeScalars.last, last == "年" || last == "計" || last == "月" {
            for (suffix, value) in [("/年", Period.perYear), ("/累計", .cumulative), ("/月", .perMonth)] where normalized.hasSuffix(suffix) {
                unit = String(normalized.dropLast(suffix.count))
                period = value
            }
        }
        if period == nil, normalized == "累計" { return (nil, .cumulative) }
        return (unit.isEmpty ? nil : unit, period)
    }
}
