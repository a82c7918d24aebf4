import PlanModel

/// The table of one direction (方向性): its initiatives with target, result and next steps.
public struct ReportSection: Sendable, Hashable {
    /// The direction's name, e.g. 県庁のＩＣＴ化・働き方改革; nil for initiatives the plan gives no direction.
    public var name: String?
    /// The initiatives of the direction, in the plan's order.
    public var rows: [ReportRow]

    /// Makes a section.
    public init(name: String?, rows: [ReportRow]) {
        self.name = name
        self.rows = rows
    }

    /// The heading printed for it (方向性未設定 when the plan names none).
    public var heading: String { name ?? "方向性未設定" }
}

extension ReportSection {
    /// The direction's own counts of on-track, delayed and unreported initiatives.
    public var counts: ReportHeadline {
        ReportHeadline(onTrack: rows.filter { $0.status == .onTrack }.count,
                       delayed: rows.filter { $0.status == .delayed }.count,
                       unreported: rows.filter { $0.status == nil }.count)
    }
}
