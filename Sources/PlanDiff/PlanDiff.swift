import PlanModel

/// Comparing two versions of a plan: which initiatives, indicators and targets
/// were added, removed, renamed or revised between them.
///
/// ```swift
/// let result = PlanDiff.compare(firstAdopted, revised)
/// for change in result.changes where change.kind == .targetChanged {
///     let description = ChangeDescription(change)   // 20,000 → 67,000, +47,000, ×3.35
///     print(change.initiative, description.subject, description.year, description.old, "→", description.new)
/// }
/// ```
public enum PlanDiff {
    /// Every change from `old` to `new`.
    ///
    /// Initiatives are paired by id where both have one and the titles agree, then by
    /// title (compared NFKC-normalised, without spaces, dashes unified), then by title
    /// similarity (renames, one to one, best score first, at least `options.threshold`);
    /// the indicators of each pair the same way by name. Differences only in
    /// full-width against half-width characters or spaces are no change; neither is
    /// the order of rows.
    ///
    /// Targets are compared for the fiscal years both versions cover (``Horizon``): a
    /// revision covering R3–R4 drops no R2 target of the plan it revises; a target
    /// removed within both horizons is still `targetRemoved`.
    public static func compare(_ old: Plan, _ new: Plan, options: DiffOptions = DiffOptions()) -> DiffResult {
        var comparison = PlanComparison(options: options, horizon: Horizon(old: old.fiscalYears, new: new.fiscalYears))
        comparison.compare(old.initiatives, new.initiatives)
        return DiffResult(
            old: .init(old), new: .init(new), threshold: options.threshold,
            changes: comparison.changes)
    }

    /// The similarity (0 … 1) of two titles or names as the matcher scores them: the
    /// Dice coefficient of the character bigrams of their comparison forms.
    public static func similarity(_ a: String, _ b: String) -> Double {
        SimilarityJoin.score(ComparisonKey.of(a), ComparisonKey.of(b))
    }

    /// The revisions one version records in its own target texts (`Ｒ３年度：２万→6.7万枚`),
    /// as `targetChanged` changes with `recordedIn` `new`.
    public static func revisions(in plan: Plan) -> [Change] {
        var changes: [Change] = []
        for initiative in plan.initiatives {
            for indicator in initiative.indicators {
                for target in indicator.targets {
                    guard let from = target.revisedFrom, let to = target.value else { continue }
                    changes.append(
                        TargetChanges.revision(
                            from: from, to: to, target: target,
                            context: .init(initiative: initiative, indicator: indicator)))
                }
            }
        }
        return changes
    }
}
