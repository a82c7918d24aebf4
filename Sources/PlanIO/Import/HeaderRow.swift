import PlanModel
/// A recognised header row: which column holds what.
struct HeaderRow: Sendable {
    /// Zero-based row index in the sheet.
    var row: Int
    /// The role of every recognised column.
    var roles: [Int: ColumnRole]
    /// Columns with a header text that matches no known wording.
    var unknownColumns: [(column: Int, text: String)]

    /// The first column with a role.
    func column(_ predicate: (ColumnRole) -> Bool) -> Int? {
        roles.filter { predicate($0.value) }.keys.min()
    }

    var numberColumn: Int? { column { $0 == .number } }
    var sectionColumn: Int? { column { $0 == .section } }
    var titleColumn: Int? { column { $0 == .title } }
    var departmentColumn: Int? { column { $0 == .department } }
    var indicatorColumn: Int? { column { $0 == .indicator } }
    var unitColumn: Int? { column { $0 == .unit } }
    var statusColumn: Int? { column { $0 == .status } }
    var delayReasonColumn: Int? { column { $0 == .delayReason } }
    var nextStepsColumn: Int? { column { $0 == .nextSteps } }

    /// Target columns with their fiscal years, left to right.
    var targetColumns: [(column: Int, fiscalYear: Int?)] {
        roles.compactMap { column, role in
            if case .target(let year) = role { return (column, year) }
            return nil
        }.sorted { $0.column < $1.column }
    }

    /// Result columns with their fiscal years, left to right.
    var actualColumns: [(column: Int, fiscalYear: Int?)] {
        roles.compactMap { column, role in
            if case .actual(let year) = role { return (column, year) }
            return nil
        }.sorted { $0.column < $1.column }
    }

    /// Gives a target or result column without a fiscal year the year written above it, as in a
    /// two-row header where `Ｒ２年度` is merged over `目標` and `実績`.
    mutating func takeFiscalYears(fromRowAbove above: [String]) {
        for (column, role) in roles {
            guard column < above.count, !above[column].isEmpty, let year = FiscalYear(above[column])?.startYear else { continue }
            switch role {
            case .target(nil): roles[column] = .target(fiscalYear: year)
            case .actual(nil): roles[column] = .actual(fiscalYear: year)
            default: break
            }
        }
    }

    /// The table layout has a column per indicator; the free-text layout writes indicators inside cells.
    var isTableLayout: Bool { indicatorColumn != nil }

    /// Recognises a header row: it names the initiative (取組項目) and a target or result column.
    static func recognise(_ cells: [String], row: Int) -> HeaderRow? {
        // Cheap test first: a header row has a 取組項目 cell. Data rows are rejected without normalising every cell.
        guard cells.contains(where: ColumnRole.isTitleHeader) else { return nil }
        var roles: [Int: ColumnRole] = [:]
        var unknown: [(Int, String)] = []
        for (column, text) in cells.enumerated() where !text.isEmpty {
            if let role = ColumnRole.recognise(text) {
                if !roles.values.contains(role) || isYearColumn(role) { roles[column] = role }
            } else {
                unknown.append((column, text))
            }
        }
        let header = HeaderRow(row: row, roles: roles, unknownColumns: unknown)
        guard header.titleColumn != nil, !header.targetColumns.isEmpty || !header.actualColumns.isEmpty else { return nil }
        return header
    }

    private static func isYearColumn(_ role: ColumnRole) -> Bool {
        switch role {
        case .target, .actual: return true
        default: return false
        }
    }
}
