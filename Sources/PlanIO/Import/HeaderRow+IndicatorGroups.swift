import PlanModel

/// Indicators written side by side in one row: `指標①` over `指標名 | 目標 | 実績` and `指標②` over the
/// same columns again. The first group's columns are the header's own roles; each further group's
/// columns (which would otherwise be "same role as column C") are kept in ``HeaderRow/moreIndicators``
/// and read as another indicator of the row's initiative.
extension HeaderRow {
    /// Sorts the columns that repeat the indicator's role, and the figure columns after each, into
    /// further indicator groups; leaves the header as it is when the columns do not fall into groups
    /// (a second indicator column before the first one's figures, or without figures of its own).
    mutating func takeIndicatorGroups(repeating duplicated: [(column: Int, decision: ColumnDecision)]) {
        let starts = duplicated.filter { $0.decision.role == .indicator }.map(\.column).sorted()
        guard let first = indicatorColumn, let second = starts.first, second > first else { return }
        // The first group's figures stand between its indicator and the next one.
        let firstFigures = roles.filter { $0.key > first && $0.key < second && Self.belongsToAGroup($0.value) }
        guard !firstFigures.isEmpty else { return }
        let candidates = duplicated.map { ($0.column, $0.decision) }
            + roles.filter { $0.key > second && Self.belongsToAGroup($0.value) }.compactMap { column, _ in
                decisions[column].map { (column, $0) }
            }
        var groups: [[Int: ColumnRole]] = []
        var groupDecisions: [Int: ColumnDecision] = [:]
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : Int.max
            var group: [Int: ColumnRole] = [:]
            for (column, decision) in candidates where column >= start && column < end {
                guard column == start || Self.belongsToAGroup(decision.role) else { continue }
                group[column] = decision.role
                groupDecisions[column] = ColumnDecision(
                    role: decision.role, confidence: decision.confidence,
                    reason: "\(decision.reason); indicator \(index + 2) of the row (from column \(Self.letter(start)))")
            }
            // An indicator column without a target or result of its own is no group.
            guard group.values.contains(where: { $0.isYearColumn }) else { return }
            groups.append(group)
        }
        for group in groups {
            for column in group.keys {
                roles[column] = nil
                ignoredReasons[column] = nil
                decisions[column] = groupDecisions[column]
            }
        }
        moreIndicators = groups
    }

    /// The header as a further indicator group reads it: its own indicator, unit, target and result
    /// columns in place of the first group's, every other role (title, status…) as it is.
    var indicatorGroupHeaders: [HeaderRow] {
        moreIndicators.map { group in
            var header = self
            header.roles = roles.filter { !Self.belongsToAGroup($0.value) && $0.value != .indicator }
            header.roles.merge(group) { _, new in new }
            header.moreIndicators = []
            return header
        }
    }

    /// The role of a column in a further indicator group, for `inspect`.
    func groupRole(of column: Int) -> ColumnRole? {
        moreIndicators.lazy.compactMap { $0[column] }.first
    }

    /// Roles a group repeats: the figures of a year and their unit.
    private static func belongsToAGroup(_ role: ColumnRole) -> Bool {
        role.isYearColumn || role == .unit
    }
}
