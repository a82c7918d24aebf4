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
        let repeats = duplicated.filter { $0.decision.role == .indicator || Self.belongsToAGroup($0.decision.role) }
        guard repeats.contains(where: { $0.decision.role == .indicator }) else { return }
        var trial = self
        for item in repeats {
            trial.roles[item.column] = item.decision.role
            trial.decisions[item.column] = item.decision
        }
        if trial.groupIndicators() { self = trial }
    }

    /// Splits the roles at each indicator column after the first: that column and the figure and unit
    /// columns up to the next one make a further group (``moreIndicators``). Returns false, changing
    /// nothing, when the first indicator has no figures before the second or a group has none.
    /// A profile's roles are grouped the same way once applied.
    mutating func groupIndicators() -> Bool {
        let starts = roles.filter { $0.value == .indicator }.map(\.key).sorted()
        guard starts.count >= 2 else { return false }
        let (first, second) = (starts[0], starts[1])
        guard roles.contains(where: { $0.key > first && $0.key < second && $0.value.isYearColumn }) else { return false }
        var groups: [[Int: ColumnRole]] = []
        for (index, start) in starts.dropFirst().enumerated() {
            let end = index + 2 < starts.count ? starts[index + 2] : Int.max
            var group: [Int: ColumnRole] = [start: .indicator]
            for (column, role) in roles where column > start && column < end && Self.belongsToAGroup(role) { group[column] = role }
            // An indicator column without a target or result of its own is no group.
            guard group.values.contains(where: \.isYearColumn) else { return false }
            groups.append(group)
        }
        for (index, group) in groups.enumerated() {
            let note = "; indicator \(index + 2) of the row (from column \(Self.letter(starts[index + 1])))"
            for column in group.keys {
                roles[column] = nil
                ignoredReasons[column] = nil
                if let decision = decisions[column], !decision.reason.hasSuffix(note) {
                    decisions[column] = ColumnDecision(role: decision.role, confidence: decision.confidence, reason: decision.reason + note)
                }
            }
        }
        moreIndicators = groups
        return true
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
