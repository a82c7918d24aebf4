extension Indicator {
    /// The target for `fiscalYear` that has a figure (the last one written, as revisions come later).
    public func target(for fiscalYear: Int) -> Target? {
        targets.last { $0.fiscalYear == fiscalYear && $0.value != nil }
    }

    /// The result for `fiscalYear` that has a figure.
    public func actual(for fiscalYear: Int) -> Actual? {
        actuals.last { $0.fiscalYear == fiscalYear && $0.value != nil }
    }

    /// The fiscal years that have both a target figure and a result figure, in order.
    public var comparableYears: [Int] {
        Set(targets.compactMap { $0.value == nil ? nil : $0.fiscalYear })
            .intersection(actuals.compactMap { $0.value == nil ? nil : $0.fiscalYear })
            .sorted()
    }

    /// How far the result of `fiscalYear` went towards its target: 1 is exactly met.
    ///
    /// For an increase indicator, actual ÷ target (51業務 of 50 → 1.02). For a decrease
    /// indicator, achieved reduction ÷ target reduction: when the figures are reductions
    /// (`60％以上削減`, `61.2％減`) that is actual ÷ target; when they are levels to stay under
    /// (`100時間以下`), the reduction is counted from the earliest earlier result, the baseline.
    /// Nil when a figure is missing or the division is meaningless (a zero target, or a
    /// quotient past what a Double holds, as 1e10 of a 1e-300 target).
    public func achievementRate(in fiscalYear: Int) -> Double? {
        guard let rate = unboundedRate(in: fiscalYear), rate.isFinite else { return nil }
        return rate
    }

    private func unboundedRate(in fiscalYear: Int) -> Double? {
        guard let target = target(for: fiscalYear)?.value, let actual = actual(for: fiscalYear)?.value else { return nil }
        switch direction {
        case .increase:
            return target == 0 ? nil : actual / target
        case .decrease:
            guard isLevelTarget(in: fiscalYear) else { return target == 0 ? nil : actual / target }
            guard let baseline = actuals.first(where: { ($0.fiscalYear ?? .max) < fiscalYear && $0.value != nil })?.value,
                baseline != target
            else { return nil }
            return (baseline - actual) / (baseline - target)
        }
    }

    /// Whether the result of `fiscalYear` misses its target: below an atLeast (以上) target,
    /// not above an above (超) target, over an atMost (以下) target, not under a below (未満)
    /// one. False when either figure is missing: lateness is never guessed.
    public func isBehind(in fiscalYear: Int) -> Bool {
        guard let target = target(for: fiscalYear), let goal = target.value,
            let actual = actual(for: fiscalYear)?.value
        else { return false }
        switch target.comparator ?? .atLeast {
        case .atLeast: return actual < goal
        case .above: return actual <= goal
        case .atMost: return actual > goal
        case .below: return actual >= goal
        case .exactly: return actual != goal
        }
    }

    /// The years whose result misses the target.
    public var behindYears: [Int] { comparableYears.filter(isBehind(in:)) }

    /// A decrease target written as a level to stay under rather than as an amount to cut.
    private func isLevelTarget(in fiscalYear: Int) -> Bool {
        switch target(for: fiscalYear)?.comparator {
        case .atMost?, .below?: true
        default: false
        }
    }
}
