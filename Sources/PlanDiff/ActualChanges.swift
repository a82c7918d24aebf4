import PlanModel

/// The result (実績) changes of one indicator, fiscal year by fiscal year.
enum ActualChanges {
    /// Changes from `old` to `new` results, paired by fiscal year.
    static func between(_ old: [Actual], _ new: [Actual], context: TargetChanges.Context) -> [Change] {
        var changes: [Change] = []
        for (year, olds, news) in YearGrouping.pair(old, new, year: \.fiscalYear) {
            for i in 0..<max(olds.count, news.count) {
                let o = i < olds.count ? olds[i] : nil, n = i < news.count ? news[i] : nil
                if let o, let n {
                    if let before = o.value, let after = n.value {
                        if Tolerance.equal(before, after) { continue }
                    } else if ComparisonKey.same(o.text, n.text) {
                        continue
                    }
                }
                var change = context.change(.actualChanged, fiscalYear: year)
                change.old = o.map(value)
                change.new = n.map(value)
                if let before = o?.value, let after = n?.value { change.delta = PlanNumber.tidy(after - before) }
                change.oldText = o?.text
                change.newText = n?.text
                change.oldDisplay = o.map(context.display)
                change.newDisplay = n.map(context.display)
                changes.append(change)
            }
        }
        return changes
    }

    private static func value(_ actual: Actual) -> ChangeValue {
        actual.value.map { .number(PlanNumber.tidy($0)) } ?? .text(actual.text)
    }
}
