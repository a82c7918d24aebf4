import PlanModel

/// A change spelt out for people: the cells of one row of a diff table, in Japanese
/// labels and grouped figures (`20,000 → 67,000`), shared by every human-readable format.
public struct ChangeDescription: Sendable, Hashable {
    /// The kind's label (目標変更, 取組追加 …).
    public var label: String
    /// The indicator, or for initiative-level changes what changed (方向性, 所管, 進捗, 旧名).
    public var subject: String
    /// The fiscal year (`R3`), or empty.
    public var year: String
    /// The old side, or empty: a target or result as the department wrote it, or as the seed
    /// writes a bare figure (`Ｒ３年度：67,000枚`, `約62,000枚／年`).
    public var old: String
    /// The new side, or empty.
    public var new: String
    /// The unit of old and new figures where they are not spelt out with it, or empty.
    public var unit: String
    /// `+47,000`, or empty.
    public var delta: String
    /// `×3.35`, or empty.
    public var ratio: String
    /// 引上げ / 引下げ / 類似度 0.63 / where the revision is recorded, or empty.
    public var note: String
    /// Whether the change is good or bad news for the plan's ambition, for colouring.
    public var tone: Tone

    /// How a row is coloured: raised and added in one colour, lowered and removed in another.
    public enum Tone: Sendable, Hashable {
        /// Raised targets, new initiatives, indicators and targets.
        case up
        /// Lowered targets, removed initiatives, indicators and targets.
        case down
        /// Renames, moves, wording, results, status.
        case neutral
    }

    /// Spells out a change.
    public init(_ change: Change) {
        label = change.kind.label
        subject = change.indicator ?? ""
        year = change.fiscalYear.map { FiscalYear($0).description } ?? ""
        old = change.oldDisplay ?? change.old.map(Self.cell) ?? ""
        new = change.newDisplay ?? change.new.map(Self.cell) ?? ""
        unit = ""
        delta = change.delta.map(PlanNumber.signed) ?? ""
        ratio = change.ratio.map { "×" + PlanNumber.plain($0) } ?? ""
        note = ""
        tone = .neutral
        switch change.kind {
        case .initiativeAdded, .indicatorAdded, .targetAdded: tone = .up
        case .initiativeRemoved, .indicatorRemoved, .targetRemoved: tone = .down
        case .targetChanged: tone = change.direction == .lowered ? .down : .up
        default: break
        }
        // A figure spelt out for a person carries its unit (`67,000枚`); only bare figures need the column.
        let spelt = change.oldDisplay != nil || change.newDisplay != nil
        if !spelt && (change.old?.number != nil || change.new?.number != nil) { unit = change.unit ?? "" }
        switch change.kind {
        case .initiativeRenamed:
            subject = "旧名"
            old = change.oldTitle ?? ""
            new = change.initiative
        case .initiativeMoved:
            subject = change.field == .section ? "方向性" : "所管"
        case .statusChanged:
            subject = "進捗"
            old = Self.statusLabel(change.old)
            new = Self.statusLabel(change.new)
        case .indicatorRenamed:
            old = change.oldName ?? ""
            new = change.indicator ?? ""
        case .targetChanged:
            var notes = [change.direction?.label ?? ""]
            if change.recordedIn == .new { notes.append("新版に記載") }
            if change.recordedIn == .old { notes.append("旧版に記載") }
            note = notes.filter { !$0.isEmpty }.joined(separator: "・")
        default: break
        }
        if let similarity = change.similarity { note = "類似度 " + PlanNumber.plain(similarity) }
    }

    private static func cell(_ value: ChangeValue) -> String {
        switch value {
        case .number(let number): return PlanNumber.grouped(number)
        case .text(let text): return text
        }
    }

    /// A status change carries the plan JSON word (`onTrack`); it prints as the report does (順調).
    private static func statusLabel(_ value: ChangeValue?) -> String {
        guard let word = value?.description else { return "" }
        return Status(rawValue: word)?.japaneseLabel ?? word
    }
}
