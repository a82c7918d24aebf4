import PlanModel

/// How far a result reached its target: the rate and whether it falls short.
struct ReportAchievement {
    /// 1.0 when the target is met exactly.
    var rate: Double
    /// Whether the result misses the target by its comparator.
    var isBehind: Bool

    /// Nil unless both the target and the result carry a value.
    ///
    /// For an increase indicator the rate is result / target. For a decrease
    /// indicator written as a ceiling (以下, 未満) it is target / result; written as a
    /// reduction (コピー使用量60％以上削減) the figures are already reductions, so result / target.
    init?(indicator: Indicator, target: Target?, actual: Actual?) {
        guard let goal = target?.value, let result = actual?.value, let target else { return nil }
        let ceiling = target.comparator == .atMost || target.comparator == .below
        if indicator.direction == .decrease && ceiling {
            guard result > 0 else { return nil }
            rate = goal / result
        } else {
            guard goal != 0 else { return nil }
            rate = result / goal
        }
        switch target.comparator {
        case .atMost?: isBehind = result > goal
        case .below?: isBehind = result >= goal
        case .above?: isBehind = result <= goal
        case .exactly?: isBehind = result != goal
        case .atLeast?, nil: isBehind = result < goal
        }
    }
}
