import Foundation
import PlanModel

extension ProgressReport {
    /// Builds the report of `plan` for `fiscalYear`.
    ///
    /// - Parameters:
    ///   - plan: the plan whose progress is reported (the current version).
    ///   - previous: the version before it; its targets that `plan` changed are listed as revisions.
    ///   - fiscalYear: the year whose results are reported; by default the latest year with a result.
    public init(plan: Plan, previous: Plan? = nil, fiscalYear: Int? = nil) {
        let year = fiscalYear ?? Self.latestResultYear(of: plan)
        let revisions = TargetRevision.revisions(in: plan, since: previous)
        let revisionsByInitiative = Dictionary(grouping: revisions, by: \.initiative)
        let rows = Self.inNumberOrder(plan.initiatives).map { initiative in
            ReportRow(
                initiative, fiscalYear: year,
                revisedTargets: (revisionsByInitiative[initiative.title] ?? []).filter {
                    Self.isLater($0.fiscalYear, than: year)
                })
        }
        var sectionNames: [String?] = Plan(initiatives: Self.inNumberOrder(plan.initiatives)).sections
        if rows.contains(where: { $0.section == nil }) { sectionNames.append(nil) }
        let sections = sectionNames.map { name in
            let members = rows.filter { $0.section == name }
            return ReportSection(
                name: name, counts: ReportHeadline(counting: members),
                rows: members.filter { !$0.isDelayed })
        }
        self.init(
            planTitle: plan.title, planVersion: plan.version, fiscalYear: year,
            headline: ReportHeadline(counting: rows), sections: sections,
            delayed: rows.filter(\.isDelayed),
            revisions: revisions)
    }

    /// The initiatives in the plan's own numbering (1-1, 1-2 … 3-3, D-1) when every one
    /// has an id, else as read. Submissions are read file by file in name order, which
    /// is not the order of the directions; the numbering is.
    static func inNumberOrder(_ initiatives: [Initiative]) -> [Initiative] {
        guard initiatives.allSatisfy({ $0.id != nil }) else { return initiatives }
        return initiatives.enumerated().sorted { a, b in
            switch (a.element.id ?? "").compare(b.element.id ?? "", options: [.numeric, .caseInsensitive]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Whether a revised target belongs to the coming years (a target without a year always does).
    private static func isLater(_ targetYear: Int?, than reportYear: Int?) -> Bool {
        guard let targetYear, let reportYear else { return true }
        return targetYear > reportYear
    }

    /// The latest fiscal year for which any indicator has a result, else the first year with a target.
    static func latestResultYear(of plan: Plan) -> Int? {
        let indicators = plan.initiatives.flatMap(\.indicators)
        return indicators.flatMap { $0.actuals.compactMap(\.fiscalYear) }.max()
            ?? indicators.flatMap { $0.targets.compactMap(\.fiscalYear) }.min()
    }
}

extension ReportHeadline {
    /// The counts of a list of rows.
    init(counting rows: [ReportRow]) {
        self.init(
            onTrack: rows.filter { $0.status == .onTrack }.count,
            delayed: rows.filter { $0.status == .delayed }.count,
            unreported: rows.filter { $0.status == nil }.count)
    }
}

extension ReportRow {
    /// The row of one initiative for the reported year.
    init(_ initiative: Initiative, fiscalYear: Int?, revisedTargets: [TargetRevision]) {
        self.init(
            id: initiative.id, title: initiative.title, section: initiative.section,
            department: initiative.department,
            status: initiative.status,
            indicators: initiative.indicators.map { ReportIndicator($0, fiscalYear: fiscalYear) },
            delayReason: initiative.delayReason, nextSteps: initiative.nextSteps,
            revisedTargets: revisedTargets)
    }
}

extension ReportIndicator {
    /// The target (抄) and result of one indicator for the reported year.
    ///
    /// A target or result that names no year belongs to every year (qualitative
    /// targets such as 全新規事業の立案にＥＢＰＭの手法を導入 usually name none). Figures
    /// typed without words are shown in the seed's form (``FigureText``).
    init(_ indicator: Indicator, fiscalYear: Int?) {
        func inYear(_ year: Int?) -> Bool { fiscalYear == nil || year == nil || year == fiscalYear }
        let targets = indicator.targets.filter { inYear($0.fiscalYear) }
        let actuals = indicator.actuals.filter { inYear($0.fiscalYear) }
        self.init(
            name: indicator.name, targetTexts: targets.map { FigureText.of($0, in: indicator) },
            resultTexts: actuals.map { FigureText.of($0, in: indicator) },
            achievement: fiscalYear.flatMap(indicator.achievementRate(in:)),
            isBehind: fiscalYear.map(indicator.isBehind(in:)) ?? false)
    }
}
