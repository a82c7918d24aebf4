import PlanModel

/// One initiative as the report prints it: 取組項目, 目標（抄）, the year's result and 今後の取組等.
public struct ReportRow: Sendable, Hashable {
    /// The plan's number for the initiative, e.g. 1-1.
    public var id: String?
    /// The initiative's title (取組項目).
    public var title: String
    /// The direction (方向性) it belongs to.
    public var section: String?
    /// The department responsible (所管).
    public var department: String?
    /// 順調, 遅れ, or nil when not reported.
    public var status: Status?
    /// Each indicator with its target and result for the year.
    public var indicators: [ReportIndicator]
    /// 【遅れが生じている要因】.
    public var delayReason: String?
    /// 今後の取組等.
    public var nextSteps: String?
    /// Targets of later years that were revised or newly set, printed under 今後の取組等 as the seed does.
    public var revisedTargets: [TargetRevision]

    /// Makes a row.
    public init(
        id: String? = nil, title: String, section: String? = nil, department: String? = nil, status: Status?,
        indicators: [ReportIndicator], delayReason: String? = nil, nextSteps: String? = nil,
        revisedTargets: [TargetRevision] = []
    ) {
        self.id = id
        self.title = title
        self.section = section
        self.department = department
        self.status = status
        self.indicators = indicators
        self.delayReason = delayReason
        self.nextSteps = nextSteps
        self.revisedTargets = revisedTargets
    }

    /// Whether the row is to be marked as delayed.
    public var isDelayed: Bool { status == .delayed }

    /// The status as printed: 順調, 遅れ, 未報告.
    public var statusLabel: String { status?.japaneseLabel ?? "未報告" }

    /// The revised targets as the seed prints them under 今後の取組等: the indicator's
    /// name with its bullet, then one line per fiscal year.
    public var revisedTargetLines: [String] {
        var lines: [String] = []
        var lastIndicator: String?
        for revision in revisedTargets {
            if revision.indicator != lastIndicator {
                lines.append(ReportIndicator.bulleted(revision.indicator))
                lastIndicator = revision.indicator
            }
            lines.append(revision.summary)
        }
        return lines
    }
}
