import PlanModel

extension TargetRevision {
    /// The revisions of `plan`: those written into its own targets (`２万→6.7万`),
    /// then, when a previous version is given, the targets it changed or added.
    static func revisions(in plan: Plan, since previous: Plan?) -> [TargetRevision] {
        var found: [TargetRevision] = []
        for initiative in plan.initiatives {
            for indicator in initiative.indicators {
                for target in indicator.targets where target.revisedFrom != nil {
                    found.append(TargetRevision(
                        initiative: initiative.title, indicator: indicator.name, fiscalYear: target.fiscalYear,
                        oldValue: target.revisedFrom, newValue: target.value, newText: target.text,
                        unit: indicator.unit, origin: .recordedInPlan))
                }
            }
        }
        return found
    }
}
