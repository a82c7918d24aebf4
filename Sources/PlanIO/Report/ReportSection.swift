/// One direction (方向性): its counts and the table of its initiatives that are
/// not delayed (the seed's 主な成果; delayed ones are listed under 遅れが生じている取組).
public struct ReportSection: Sendable, Hashable {
    /// The direction's name, e.g. 県庁のＩＣＴ化・働き方改革; nil for initiatives the plan gives no direction.
    public var name: String?
    /// How many of the direction's initiatives are on track, delayed or unreported.
    public var counts: ReportHeadline
    /// The direction's initiatives that are on track or unreported, in the plan's order.
    public var rows: [ReportRow]

    /// Makes a section.
    public init(name: String?, counts: ReportHeadline, rows: [ReportRow]) {
        self.name = name
        self.counts = counts
        self.rows = rows
    }

    /// The heading printed for it (方向性の記載なし when the plan names none).
    public var heading: String { name ?? ReportSection.unnamedHeading }

    /// The heading of initiatives without a direction.
    public static let unnamedHeading = "方向性の記載なし"
}
