import PlanModel

/// How far a result reached its target.
public enum Achievement {
    /// The achievement rate (1.0 = met exactly), or nil when it cannot be told.
    ///
    /// For an increase indicator, actual / target. For a decrease indicator,
    /// achieved reduction / target reduction: when the figures are reduction rates
    /// (unit %, コピー使用量60％以上削減 against 61.2％減) that is actual / target again;
    /// when they are levels, both reductions are measured from `baseline`, the earliest
    /// earlier result, and without one there is no rate.
    public static func rate(target: Double?, actual: Double?, direction: Direction, unit: String?,
                            baseline: Double?) -> Double? {
        guard let target, let actual else { return nil }
        let rate: Double
        if direction == .increase || MatchingKey(unit ?? "").rawValue == "%" {
            guard target != 0 else { return nil }
            rate = actual / target
        } else {
            guard let baseline, baseline != target else { return nil }
            rate = (baseline - actual) / (baseline - target)
        }
        return (rate * 1000).rounded() / 1000
    }
}
