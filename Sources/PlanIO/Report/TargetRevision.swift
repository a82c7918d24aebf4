import Foundation
import PlanModel

/// A target changed for a fiscal year: old → new, from a revision recorded in the
/// plan (`Ｒ３年度：２万→6.7万枚`) or from comparing with the previous plan.
public struct TargetRevision: Sendable, Hashable {
    /// Where the revision was found.
    public enum Origin: String, Sendable, Hashable {
        /// Written in the plan's own target text (`２万→6.7万`).
        case recordedInPlan
        /// Found by comparing with the previous plan (`--previous`).
        case previousPlan
    }

    /// The initiative's title.
    public var initiative: String
    /// The indicator's name.
    public var indicator: String
    /// The fiscal year of the target.
    public var fiscalYear: Int?
    /// The value before, or nil for a target set for the first time.
    public var oldValue: Double?
    /// The old target's text when there is one (from the previous plan).
    public var oldText: String?
    /// The value after, or nil for a qualitative target.
    public var newValue: Double?
    /// The new target as written.
    public var newText: String
    /// The indicator's unit, for printing values.
    public var unit: String?
    /// Where the revision was found.
    public var origin: Origin

    /// Makes a revision.
    public init(
        initiative: String, indicator: String, fiscalYear: Int?, oldValue: Double?, oldText: String? = nil,
        newValue: Double?, newText: String, unit: String? = nil, origin: Origin
    ) {
        self.initiative = initiative
        self.indicator = indicator
        self.fiscalYear = fiscalYear
        self.oldValue = oldValue
        self.oldText = oldText
        self.newValue = newValue
        self.newText = newText
        self.unit = unit
        self.origin = origin
    }

    /// The old value as printed: 20,000枚, 新規 for a new target.
    public var oldLabel: String {
        if let oldValue { return FigureText.figure(oldValue, unit: unit) }
        return oldText ?? "（新規設定）"
    }

    /// The new value as printed: 67,000枚, or the text of a qualitative target.
    public var newLabel: String {
        newValue.map { FigureText.figure($0, unit: unit) } ?? newText
    }

    /// The fiscal year as printed: Ｒ３年度.
    public var fiscalYearLabel: String {
        fiscalYear.map(ReportFiscalYear.shortName) ?? "年度なし"
    }
}

extension TargetRevision {
    /// One line in the seed's style: the target text when it already shows the
    /// revision (`Ｒ３年度：２万→6.7万枚`), else `Ｒ３年度：20,000枚→67,000枚`.
    ///
    /// A text that names no year (a table cell `２万→6.7万` under a Ｒ３年度 column) gets the
    /// year in front, and the unit behind when it ends in a figure: `Ｒ３年度：２万→6.7万枚`.
    public var summary: String {
        let isNew = oldValue == nil && oldText == nil
        if isNew || origin == .recordedInPlan || Self.arrows.contains(where: newText.contains) { return labelled(newText) }
        return "\(fiscalYearLabel)：\(oldLabel)→\(newLabel)"
    }

    private func labelled(_ text: String) -> String {
        guard fiscalYear != nil, !text.precomposedStringWithCompatibilityMapping.contains("年度") else { return text }
        let endsInFigure = text.last.map { $0.isNumber || "千万億".contains($0) } ?? false
        return "\(fiscalYearLabel)：\(text)" + (endsInFigure ? unit ?? "" : "")
    }

    private static let arrows = ["→", "⇒", "->"]
}
