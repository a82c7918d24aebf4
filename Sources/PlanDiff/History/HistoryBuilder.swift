import PlanModel

/// Follows indicators through plan versions: each version's initiatives and
/// indicators are paired with the previous version's, and a paired indicator
/// continues its track.
struct HistoryBuilder {
    /// An indicator across versions: its state in each version that has it.
    struct Track {
        var initiative: [Int: Initiative] = [:]
        var indicator: [Int: Indicator] = [:]
        var latest: Int = 0

        func history(labels: [String]) -> IndicatorHistory {
            let initiative = self.initiative[latest], indicator = self.indicator[latest]
            let versions = self.indicator.keys.sorted()
            var years = Set<Int>()
            for version in versions {
                for target in self.indicator[version]?.targets ?? [] { if let year = target.fiscalYear { years.insert(year) } }
                for actual in self.indicator[version]?.actuals ?? [] { if let year = actual.fiscalYear { years.insert(year) } }
            }
            let direction = indicator?.direction ?? .increase, unit = indicator?.unit
            // The figures in force: each year's target and result from the latest version that has one.
            var merged = Indicator(name: indicator?.name ?? "", unit: unit, direction: direction)
            var records: [YearRecord] = []
            for year in years.sorted() {
                // Each figure with the indicator of the version it comes from, whose unit and period spell it out.
                let target = versions.reversed().lazy.compactMap { version in
                    self.indicator[version].flatMap { shown in shown.targets.first { $0.fiscalYear == year }.map { ($0, shown) } }
                }.first
                let actual = versions.reversed().lazy.compactMap { version in
                    self.indicator[version].flatMap { shown in shown.actuals.first { $0.fiscalYear == year }.map { ($0, shown) } }
                }.first
                if let target { merged.targets.append(target.0) }
                if let actual { merged.actuals.append(actual.0) }
                records.append(
                    YearRecord(
                        fiscalYear: year, target: target?.0.value, targetText: target?.0.text,
                        actual: actual?.0.value, actualText: actual?.0.text, achievement: nil,
                        targetDisplay: target.map { FigureText.of($0.0, in: $0.1) },
                        actualDisplay: actual.map { FigureText.of($0.0, in: $0.1) }))
            }
            for index in records.indices {
                records[index].achievement = merged.achievementRate(in: records[index].fiscalYear).map { PlanNumber.rounded($0, decimals: 3) }
            }
            return IndicatorHistory(
                initiative: initiative?.title ?? "", department: initiative?.department,
                indicator: indicator?.name ?? "", unit: unit, direction: direction,
                years: records, revisions: revisions(labels: labels, versions: versions),
                trend: trend(records, of: merged))
        }

        private func revisions(labels: [String], versions: [Int]) -> [TargetRevision] {
            var revisions: [TargetRevision] = []
            func record(_ revision: TargetRevision) {
                // The same revision repeated by a later version, or seen both in a text and between versions, counts once.
                guard
                    !revisions.contains(where: {
                        $0.fiscalYear == revision.fiscalYear && Tolerance.equal($0.from, revision.from)
                            && Tolerance.equal($0.to, revision.to)
                    })
                else { return }
                revisions.append(revision)
            }
            var previous: Indicator?
            for version in versions {
                guard let indicator = self.indicator[version] else { continue }
                for target in indicator.targets {
                    if let from = target.revisedFrom, let to = target.value {
                        record(
                            TargetRevision(
                                fiscalYear: target.fiscalYear, from: from, to: to,
                                version: labels[version], recordedInText: true))
                    }
                    if let before = previous?.targets.first(where: { $0.fiscalYear == target.fiscalYear })?.value,
                        let after = target.value, !Tolerance.equal(before, after)
                    {
                        record(
                            TargetRevision(
                                fiscalYear: target.fiscalYear, from: before, to: after,
                                version: labels[version], recordedInText: false))
                    }
                }
                previous = indicator
            }
            return revisions
        }

        /// Better or worse than the year before: up is better unless the indicator is a level to
        /// bring down (a decrease target written 以下 or 未満); reductions (60％以上削減) go up.
        private func trend(_ records: [YearRecord], of indicator: Indicator) -> Trend? {
            let actuals = records.compactMap(\.actual)
            guard actuals.count >= 2, let last = actuals.last else { return nil }
            let before = actuals[actuals.count - 2]
            if Tolerance.equal(last, before) { return .flat }
            let isLevel = indicator.targets.contains { $0.comparator == .atMost || $0.comparator == .below }
            let higherIsBetter = indicator.direction == .increase || !isLevel
            return (last > before) == higherIsBetter ? .improving : .worsening
        }
    }

    let options: DiffOptions
    private(set) var tracks: [Track] = []
    /// For the previous version: track index per (initiative, indicator) position.
    private var previousTracks: [[Int]] = []
    private var previousPlan: Plan?

    init(versionCount: Int, options: DiffOptions) {
        self.options = options
    }

    mutating func add(_ plan: Plan, at version: Int) {
        let matcher = Matcher(threshold: options.threshold)
        var initiativePartner = [Int?](repeating: nil, count: plan.initiatives.count)
        if let previousPlan {
            let item = { (i: Initiative) in Matcher.Item(id: i.id, key: ComparisonKey.of(i.title), group: i.department.map(ComparisonKey.of)) }
            for pair in matcher.match(old: previousPlan.initiatives.map(item), new: plan.initiatives.map(item)).pairs {
                initiativePartner[pair.new] = pair.old
            }
        }
        var currentTracks: [[Int]] = []
        for (i, initiative) in plan.initiatives.enumerated() {
            var indicatorPartner = [Int?](repeating: nil, count: initiative.indicators.count)
            if let oldIndex = initiativePartner[i], let previousPlan {
                let item = { (x: Indicator) in Matcher.Item(id: nil, key: ComparisonKey.of(x.name), group: nil) }
                let old = previousPlan.initiatives[oldIndex].indicators
                for pair in matcher.match(old: old.map(item), new: initiative.indicators.map(item)).pairs {
                    indicatorPartner[pair.new] = previousTracks[oldIndex][pair.old]
                }
            }
            var row: [Int] = []
            for (k, indicator) in initiative.indicators.enumerated() {
                let track: Int
                if let existing = indicatorPartner[k] {
                    track = existing
                } else {
                    track = tracks.count
                    tracks.append(Track())
                }
                tracks[track].initiative[version] = initiative
                tracks[track].indicator[version] = indicator
                tracks[track].latest = version
                row.append(track)
            }
            currentTracks.append(row)
        }
        previousTracks = currentTracks
        previousPlan = plan
    }
}
