import PlanModel

extension HeaderRow {
    /// Gives columns the roles a profile names, over what the header words said; every other column
    /// keeps its detected role. A column is named by letter, by header text, or both (then both must
    /// match, so a template whose columns moved is noticed). Returns the rules that matched no column.
    mutating func apply(_ rules: SheetRules) -> [ColumnRule] {
        // Indicators side by side (指標① | 指標②) are grouped again once the profile has spoken.
        for group in moreIndicators { roles.merge(group) { _, grouped in grouped } }
        moreIndicators = []
        defer { _ = groupIndicators() }
        var unmatched: [ColumnRule] = []
        for rule in rules.columns {
            let columns = matchingColumns(rule)
            // The sheet's own rules come first; a general rule does not undo them.
            let open = columns.filter { profileLines[$0] == nil }
            if columns.isEmpty { unmatched.append(rule) }
            for column in open { assign(rule, to: column) }
        }
        if let unit = rules.unit {
            for figure in targetColumns + actualColumns where units[figure.column] == nil { units[figure.column] = unit }
        }
        return unmatched
    }

    /// The columns a rule names.
    func matchingColumns(_ rule: ColumnRule) -> [Int] {
        let wanted = rule.header.map { MatchingKey($0) }
        if let column = rule.column {
            guard let wanted else { return [column] }
            return MatchingKey(texts[column] ?? "") == wanted ? [column] : []
        }
        guard let wanted else { return [] }
        return texts.keys.sorted().filter { MatchingKey(texts[$0] ?? "") == wanted }
    }

    private mutating func assign(_ rule: ColumnRule, to column: Int) {
        profileLines[column] = rule.line
        decidedByCells.remove(column)
        unknownColumns.removeAll { $0.column == column }
        ignoredReasons[column] = nil
        if let unit = rule.unit { units[column] = unit }
        if rule.role == .statusMark {
            assignStatusMark(rule, to: column)
            return
        }
        let detectedYear = roles[column].flatMap(Self.fiscalYear) ?? HeaderText(texts[column] ?? "").fiscalYear
        guard let role = rule.role.columnRole(fiscalYear: rule.fiscalYear ?? detectedYear) else {
            roles[column] = nil
            decisions[column] = nil
            ignoredReasons[column] = "ignored by the profile (line \(rule.line))"
            return
        }
        roles[column] = role
        decisions[column] = ColumnDecision(role: role, confidence: 1, reason: "the profile, line \(rule.line)")
        // One column per role (per role and year for figures): a column detection gave the same role gives it up.
        let isOpenYear = role == .target(fiscalYear: nil) || role == .actual(fiscalYear: nil)
        guard !isOpenYear else { return }
        for (other, otherRole) in roles where other != column && otherRole == role && profileLines[other] == nil {
            roles[other] = nil
            decisions[other] = nil
            ignoredReasons[other] = "the profile gives \(role) to column \(Self.letter(column)) (line \(rule.line))"
        }
    }

    /// A status mark column takes its status from the last word of its header (`進捗状況 順調`).
    private mutating func assignStatusMark(_ rule: ColumnRule, to column: Int) {
        let header = texts[column] ?? ""
        let word = header.split(separator: " ").last.map(String.init) ?? ""
        guard let status = Status(text: word) else {
            roles[column] = nil
            decisions[column] = nil
            ignoredReasons[column] =
                "the profile (line \(rule.line)) makes it a status mark, but its header 「\(header)」 ends in no status word"
            return
        }
        roles[column] = .statusMark(status)
        decisions[column] = ColumnDecision(role: .statusMark(status), confidence: 1, reason: "the profile, line \(rule.line)")
    }

    private static func fiscalYear(of role: ColumnRole) -> Int? {
        switch role {
        case .target(let year), .actual(let year): return year
        default: return nil
        }
    }
}
