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
        var bySection: [String?: [ReportRow]] = [:]
        var delayed: [ReportRow] = []
        for initiative in plan.initiatives {
            let row = ReportRow(initiative, fiscalYear: year,
                                revisedTargets: (revisionsByInitiative[initiative.title] ?? []).filter {
                                    Self.isLater($0.fiscalYear, than: year)
                                })
            bySection[initiative.section, default: []].append(row)
            if row.isDelayed { delayed.append(row) }
        }
        var sectionNames: [String?] = plan.sections
        if bySection[nil] != nil { sectionNames.append(nil) }
        let statuses = plan.initiatives.map(\.status)
        self.init(
            planTitle: plan.title, planVersion: plan.version, fiscalYear: year,
            headline: ReportHeadline(onTrack: statuses.filter { $0 == .onTrack }.count,
                                     delayed: statuses.filter { $0 == .delayed }.count,
                                     unreported: statuses.filter { $0 == nil }.count),
            sections: sectionNames.map { ReportSection(name: $0, rows: bySection[$0] ?? []) },
            delayed: delayed,
            revisions: revisions)
    }

    /// Whether a revised target belongs to the coming years (a target without a year always does).
    private static func isLater(_ targetYear: Int?, than reportYear: Int?) -> Bool {
        guard let targetYear, let reportYear else { return true }
        return targetYear > reportYear
    }

    /// The latest fiscal year for which any indicator has a result, else the latest year with a target.
    static func latestResultYear(of plan: Plan) -> Int? {
        let indicators = plan.initiatives.flatMap(\.indicators)
        return indicators.flatMap { $0.actuals.compactMap(\.fiscalYear) }.max()
            ?? indicators.flatMap { $0.targets.compactMap(\.fiscalYear) }.min()
    }
}

extension ReportRow {
    /// The row of one initiative for the reported year.
    init(_ initiative: Initiative, fiscalYear: Int?, revisedTargets: [TargetRevision]) {
        self.init(id: initiative.id, title: initiative.title, department: initiative.department,
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
    /// targets such as 全新規事業の立案にＥＢＰＭの手法を導入 usually name none).
    init(_ indicator: Indicator, fiscalYear: Int?) {
        func inYear(_ year: Int?) -> Bool { fiscalYear == nil || year == nil || year == fiscalYear }
        let targets = indicator.targets.filter { inYear($0.fiscalYear) }
        let actuals = indicator.actuals.filter { inYear($0.fiscalYear) }
        let measured = ReportAchievement(indicator: indicator,
                                         target: targets.last { $0.value != nil },
                                         actual: actuals.last { $0.value != nil })
        self.init(name: indicator.name, targetTexts: targets.map(\.text), resultTexts: actuals.map(\.text),
                  achievement: measured?.rate, isBehind: measured?.isBehind ?? false)
    }
}
