import PlanModel

/// Walks two versions' initiatives and collects the changes between them.
struct PlanComparison {
    let options: DiffOptions
    /// The years both versions cover: targets of other years are not compared.
    let horizon: Horizon
    private(set) var changes: [Change] = []

    init(options: DiffOptions, horizon: Horizon) {
        self.options = options
        self.horizon = horizon
    }

    /// Pairs the initiatives and records every change: in the new plan's order, removed ones last.
    mutating func compare(_ old: [Initiative], _ new: [Initiative]) {
        let matcher = Matcher(threshold: options.threshold)
        let oldItems = old.map(Self.item), newItems = new.map(Self.item)
        let result = matcher.match(old: oldItems, new: newItems)
        var partner = [Int?](repeating: nil, count: new.count)
        var similarity = [Double](repeating: 1, count: new.count)
        for pair in result.pairs {
            partner[pair.new] = pair.old
            similarity[pair.new] = pair.similarity
        }
        for (index, initiative) in new.enumerated() {
            if let oldIndex = partner[index] {
                compareInitiative(
                    old[oldIndex], initiative, similarity: similarity[index],
                    renamed: oldItems[oldIndex].key != newItems[index].key)
            } else {
                changes.append(
                    Change(
                        kind: .initiativeAdded, initiative: initiative.title,
                        department: initiative.department))
            }
        }
        for index in result.unmatchedOld {
            changes.append(
                Change(
                    kind: .initiativeRemoved, initiative: old[index].title,
                    department: old[index].department))
        }
    }

    private static func item(_ initiative: Initiative) -> Matcher.Item {
        Matcher.Item(
            id: initiative.id, key: ComparisonKey.of(initiative.title),
            group: initiative.department.map(ComparisonKey.of))
    }

    private mutating func compareInitiative(_ old: Initiative, _ new: Initiative, similarity: Double, renamed: Bool) {
        let base = Change(kind: .initiativeRenamed, initiative: new.title, department: new.department)
        if renamed {
            var change = base
            change.oldTitle = old.title
            change.similarity = PlanNumber.rounded(similarity, decimals: 2)
            changes.append(change)
        }
        // A placement or status missing on one side is unknown, not changed:
        // many submissions carry no section column at all.
        for (field, before, after) in [
            (PlacementField.section, old.section, new.section),
            (.department, old.department, new.department),
        ] {
            guard let before, let after, !ComparisonKey.same(before, after) else { continue }
            var change = base
            change.kind = .initiativeMoved
            change.field = field
            change.old = .text(before)
            change.new = .text(after)
            changes.append(change)
        }
        if let before = old.status, let after = new.status, before != after {
            var change = base
            change.kind = .statusChanged
            change.old = .text(before.rawValue)
            change.new = .text(after.rawValue)
            changes.append(change)
        }
        compareIndicators(old, new)
    }

    private mutating func compareIndicators(_ oldInitiative: Initiative, _ newInitiative: Initiative) {
        let old = oldInitiative.indicators, new = newInitiative.indicators
        var partner = [Matcher.Pair?](repeating: nil, count: new.count)
        var unmatchedOld: [Int] = []
        if old.count == new.count && zip(old, new).allSatisfy({ $0.name == $1.name }) {
            // The usual case, names unchanged in the same order: no keys to compute.
            for index in new.indices { partner[index] = Matcher.Pair(old: index, new: index, similarity: 1) }
        } else {
            let item = { (indicator: Indicator) in Matcher.Item(id: nil, key: ComparisonKey.of(indicator.name), group: nil) }
            let result = Matcher(threshold: options.threshold).match(old: old.map(item), new: new.map(item))
            for pair in result.pairs { partner[pair.new] = pair }
            unmatchedOld = result.unmatchedOld
        }
        for (index, indicator) in new.enumerated() {
            let context = TargetChanges.Context(initiative: newInitiative, indicator: indicator)
            if let pair = partner[index] {
                if !ComparisonKey.same(old[pair.old].name, indicator.name) {
                    var change = context.change(.indicatorRenamed)
                    change.oldName = old[pair.old].name
                    change.similarity = PlanNumber.rounded(pair.similarity, decimals: 2)
                    changes.append(change)
                }
                if !ComparisonKey.same(old[pair.old].unit, indicator.unit) {
                    var change = context.change(.unitChanged)
                    change.old = old[pair.old].unit.map(ChangeValue.text)
                    change.new = indicator.unit.map(ChangeValue.text)
                    changes.append(change)
                }
                changes += TargetChanges.between(
                    compared(old[pair.old].targets), compared(indicator.targets),
                    context: context)
                if options.comparesActuals {
                    changes += ActualChanges.between(old[pair.old].actuals, indicator.actuals, context: context)
                }
            } else {
                // An added indicator brings its targets along, so that a script reading
                // only target changes still sees every newly set target.
                changes.append(context.change(.indicatorAdded))
                changes += TargetChanges.between([], compared(indicator.targets), context: context)
            }
        }
        for index in unmatchedOld {
            let context = TargetChanges.Context(initiative: newInitiative, indicator: old[index])
            changes.append(context.change(.indicatorRemoved))
            changes += TargetChanges.between(compared(old[index].targets), [], context: context)
        }
    }

    /// The targets of years both versions cover.
    private func compared(_ targets: [Target]) -> [Target] {
        guard horizon.limitsComparison else { return targets }
        return targets.filter { horizon.compares($0.fiscalYear) }
    }
}
