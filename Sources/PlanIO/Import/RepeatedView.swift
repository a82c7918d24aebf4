import PlanModel

/// The initiatives read so far from the sheets of one workbook, to recognise a sheet written with
/// years down the rows that only repeats them in long form (PlanSheet's own `年度別` beside `取組一覧`,
/// or a department's 年度別 view beside its table): importing it too would list every initiative twice.
struct RepeatedView {
    /// For each initiative title read (by matching key), the indicator names it has, and the sheet.
    private var seen: [String: (indicators: Set<String>, sheet: String)] = [:]

    /// Remembers the initiatives of a sheet that was imported.
    mutating func record(_ initiatives: [ImportedInitiative], sheet: String) {
        for item in initiatives {
            let key = MatchingKey(item.initiative.title).rawValue
            let names = Set(item.initiative.indicators.map { MatchingKey($0.name).rawValue })
            seen[key, default: ([], sheet)].indicators.formUnion(names)
        }
    }

    /// The sheet already read that holds every initiative and indicator of `initiatives`, or nil when
    /// any of them is new (then the sheet is a part of the plan of its own, and is imported).
    func earlierSheet(holdingAll initiatives: [ImportedInitiative]) -> String? {
        guard !initiatives.isEmpty else { return nil }
        var sheets: Set<String> = []
        for item in initiatives {
            guard let earlier = seen[MatchingKey(item.initiative.title).rawValue] else { return nil }
            let names = item.initiative.indicators.map { MatchingKey($0.name).rawValue }
            guard names.allSatisfy(earlier.indicators.contains) else { return nil }
            sheets.insert(earlier.sheet)
        }
        return sheets.count == 1 ? sheets.first : sheets.sorted().joined(separator: "、")
    }
}
