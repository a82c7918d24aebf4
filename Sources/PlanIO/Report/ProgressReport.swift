import PlanModel

/// The progress report of an action plan for one fiscal year, the content of
/// 「令和２年度における行財政改革の取組について」 built from the plan's data.
///
/// It holds what the renderers print and nothing about how: the headline,
/// one table per direction (方向性), the table of delayed initiatives and the
/// revised targets. Build it with ``init(plan:previous:fiscalYear:)``.
public struct ProgressReport: Sendable, Hashable {
    /// The plan's name, e.g. 行財政改革行動計画.
    public var planTitle: String?
    /// The plan's version label, e.g. R3改定.
    public var planVersion: String?
    /// The fiscal year whose results are reported, by its starting calendar year; nil when the plan has no year at all.
    public var fiscalYear: Int?
    /// The counts of on-track, delayed and unreported initiatives, with the headline sentence.
    public var headline: ReportHeadline
    /// One table per direction, in the plan's order; initiatives without a direction come last.
    public var sections: [ReportSection]
    /// The delayed initiatives (遅れが生じている取組), in the plan's order.
    public var delayed: [ReportRow]
    /// Targets revised for the coming years, old → new.
    public var revisions: [TargetRevision]

    /// Makes a report from its parts (the renderers' tests build small ones by hand).
    public init(
        planTitle: String? = nil, planVersion: String? = nil, fiscalYear: Int?, headline: ReportHeadline,
        sections: [ReportSection], delayed: [ReportRow], revisions: [TargetRevision]
    ) {
        self.planTitle = planTitle
        self.planVersion = planVersion
        self.fiscalYear = fiscalYear
        self.headline = headline
        self.sections = sections
        self.delayed = delayed
        self.revisions = revisions
    }

    /// The directions that get a table under １ 主な成果: all that the plan names, and
    /// the initiatives without a direction only when some of them are not delayed
    /// (delayed ones are all listed under ２ anyway).
    public var printedSections: [ReportSection] {
        sections.filter { $0.name != nil || !$0.rows.isEmpty }
    }

    /// The report's title in the seed's wording: 令和２年度における行財政改革の取組について.
    public var title: String {
        let subject = planTitle.map(Self.subject(ofPlanTitle:)) ?? "行財政改革"
        guard let fiscalYear else { return "\(subject)の取組について" }
        return "\(ReportFiscalYear.longName(fiscalYear))における\(subject)の取組について"
    }

    /// The heading of the result column: Ｒ２年度実績.
    public var resultHeading: String {
        fiscalYear.map { "\(ReportFiscalYear.shortName($0))実績" } ?? "実績"
    }

    /// 行財政改革行動計画 → 行財政改革: the report is about the reform, not about the plan document.
    private static func subject(ofPlanTitle title: String) -> String {
        for suffix in ["行動計画", "大綱"] where title.hasSuffix(suffix) && title.count > suffix.count {
            return String(title.dropLast(suffix.count))
        }
        return title
    }
}
