import PlanModel

/// The initiatives read so far from the sheets of one workbook, to recognise a sheet written with
/// years down the rows that only repeats them in long form (PlanSheet's own `年度別` beside `取組一覧`,
/// or a department's 年度別 view beside its table): importing it too would list every initiative twice.
struct RepeatedView {
    /// The sheets imported so far, with their initiatives; keyed only when a sheet with years down the
    /// rows asks (most workbooks have none, and keys cost a normalization per title and name).
    private var sheets: [(name: String, initiatives: [ImportedInitiative])] = []

    /// Remembers the initiatives of a sheet that was imported.
    mutating func record(_ initiatives: [ImportedInitiative], sheet: String) {
        sheets.append((sheet, initiatives))
    }

    /// The sheet already read that holds every initiative and indicator of `initiatives`, or nil when
    /// any of them is new (then the sheet is a part of the plan of its own, and is imported).
    func earlierSheet(holdingAll initiatives: [ImportedInitiative]) -> String? {
        guard !initiatives.isEmpty, !sheets.isEmpty else { return nil }
        // For each initiative title read (by matching key), the indicator names it has, and the first sheet.
        var seen: [String: (indicators: Set<String>, sheet: String)] = [:]
        for (name, read) in sheets {
            for item in read {
                let names = item.initiative.indicators.map { MatchingKey($0.name).rawValue }
                seen[MatchingKey(item.initiative.title).rawValue, default: ([], name)].indicators.formUnion(names)
            }
        }
        var found: Set<String> = []
        for item in initiatives {
            guard let earlier = seen[MatchingKey(item.initiative.title).rawValue] else { return nil }
            let names = item.initiative.indicators.map { MatchingKey($0.name).rawValue }
            guard names.allSatisfy(earlier.indicators.contains) else { return nil }
            found.insert(earlier.sheet)
        }
        return found.sorted().joined(separator: "、")
    }
}
