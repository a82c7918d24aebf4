import PlanModel
import XLSX

/// A recognised header: one to three rows whose stacked texts say which column holds what.
///
/// The texts of a column are combined top to bottom (`Ｒ２年度` over `目標`, or `目標` merged over
/// `Ｒ２年度`, read the same), so the orientation of a two-row header does not matter.
struct HeaderRow: Sendable {
    /// Zero-based index of the first header row.
    var row: Int
    /// Zero-based index of the last header row: data starts below it.
    var lastRow: Int
    /// The role of every recognised column.
    var roles: [Int: ColumnRole]
    /// Why each column got its role.
    var decisions: [Int: ColumnDecision] = [:]
    /// The header text of every column that has one, rows combined.
    var texts: [Int: String] = [:]
    /// Units given in a header's brackets (`目標（件）`), per column.
    var units: [Int: String] = [:]
    /// Columns with a header text that names no role (or a role taken by an earlier column), and why.
    var unknownColumns: [(column: Int, text: String)]
    /// Why columns with a header were not used, per column (`duplicate of column C`).
    var ignoredReasons: [Int: String] = [:]
    /// Columns whose role the layout profile gave, with the profile line.
    var profileLines: [Int: Int] = [:]
    /// Columns whose cells hold the year's target on the upper line and its result on the lower one, as
    /// the header says (`上段：目標／下段：実績`); true where the target is the upper line.
    var upperAndLowerLines: [Int: Bool] = [:]
    /// Columns whose role their cells decided (``ColumnEvidence``), not their header.
    var decidedByCells: Set<Int> = []
    /// The columns of each further indicator written beside the first in one row (`指標①` | `指標②`),
    /// with their roles (``takeIndicatorGroups(repeating:)``).
    var moreIndicators: [[Int: ColumnRole]] = []

    init(row: Int, lastRow: Int? = nil, roles: [Int: ColumnRole], unknownColumns: [(column: Int, text: String)]) {
        self.row = row
        self.lastRow = lastRow ?? row
        self.roles = roles
        self.unknownColumns = unknownColumns
    }

    /// The first column with a role.
    func column(_ predicate: (ColumnRole) -> Bool) -> Int? {
        // Asked for every data row: a scan, not a filtered copy of the dictionary.
        var lowest: Int?
        for (column, role) in roles where predicate(role) && column < (lowest ?? .max) { lowest = column }
        return lowest
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
    /// The 区分 column whose cells say whether a row's year figures are targets or results.
    var rowKindColumn: Int? { column { $0 == .rowKind } }
    /// The 目標年度 column giving the year of the row's open-year target.
    var targetYearColumn: Int? { column { $0 == .targetYear } }
    /// The 年度 column of a sheet written with fiscal years down the rows.
    var rowYearColumn: Int? { column { $0 == .rowYear } }

    /// The status mark columns (進捗状況 over 順調 | 遅れ), with the status of each, left to right.
    var statusMarkColumns: [(column: Int, status: Status)] {
        roles.compactMap { column, role in
            if case .statusMark(let status) = role { return (column, status) }
            return nil
        }.sorted { $0.column < $1.column }
    }

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
    /// header where `Ｒ２年度` stands in a row of its own above `目標` and `実績`.
    mutating func takeFiscalYears(fromRowAbove above: SparseRow<String>) {
        for (column, role) in roles where !above[column].isEmpty {
            // A year label alone, decorated or not (`Ｒ２年度`, `2020年度（Ｒ２）`).
            let label = HeaderText(above[column])
            guard role == .target(fiscalYear: nil) || role == .actual(fiscalYear: nil),
                label.words.isEmpty, let year = label.fiscalYear
            else { continue }
            roles[column] = role.withFiscalYear(year)
        }
    }

    /// Whether the header names no target or result column but has columns headed by a fiscal year
    /// alone (`2020（R2）`, `令和３年度`) beside the title: their cells decide what they hold
    /// (`目標 50業務` / `実績 51業務` in each, ``ColumnEvidence``), or the row is no header.
    var hasOnlyYearColumns: Bool {
        targetColumns.isEmpty && actualColumns.isEmpty
            && unknownColumns.contains { column in
                let text = HeaderText(column.text)
                return text.words.isEmpty && text.fiscalYear != nil
            }
    }

    /// The table layout has a column per indicator; the free-text layout writes indicators inside cells.
    var isTableLayout: Bool { indicatorColumn != nil }

    /// The most rows a header spans.
    static let maximumDepth = 3

    /// Recognises a header starting at `row`: it names the initiative and a target or result column,
    /// in one row or in up to three stacked rows.
    static func recognise(_ texts: [SparseRow<String>], at row: Int) -> HeaderRow? {
        let cells = texts[row]
        // Cheap test first, so data rows cost little: a header names the initiative in a short cell.
        guard cells.entries.contains(where: { mayNameTheInitiative($0.value) }) else { return nil }
        // A title line above the header (one text, maybe merged across) is not part of it.
        guard Set(cells.entries.lazy.map(\.value)).count >= 2 else { return nil }
        // The header may also begin above the row that names the initiative: `目標 | 実績` merged over the
        // fiscal years in the row that holds 取組項目.
        var start = row
        // Only a row that reads as header words itself may take rows above it (a data row never does).
        while start > 0, isHeaderLike(texts[row], above: []), row - start + 1 < maximumDepth,
            isHeaderRowAbove(texts[start - 1], above: start > 1 ? texts[start - 2] : [], below: texts[start])
        {
            start -= 1
        }
        for top in stride(from: start, through: row, by: 1) {
            var best: HeaderRow?
            for depth in (row - top + 1)...maximumDepth where top + depth <= texts.count {
                if depth > row - top + 1 && !isHeaderLike(texts[top + depth - 1], above: texts[top + depth - 2]) { break }
                let header = build(texts, rows: top...(top + depth - 1))
                if header.titleColumn != nil, !header.targetColumns.isEmpty || !header.actualColumns.isEmpty || header.hasOnlyYearColumns {
                    // A deeper block wins only when it still names a title and a figure column.
                    best = header
                } else if best != nil {
                    break
                }
            }
            if let best { return best }
        }
        return nil
    }

    /// Whether a row just above a header row belongs to it: header words or years only, at least two
    /// different ones or one role word known outright (`目標` merged across), and no title line (所管：…).
    private static func isHeaderRowAbove(
        _ cells: SparseRow<String>, above: SparseRow<String>, below: SparseRow<String>
    ) -> Bool {
        let distinct = Set(cells.entries.lazy.map(\.value))
        guard !distinct.isEmpty, isHeaderLike(cells, above: above) else { return false }
        if distinct.count >= 2 { return true }
        let only = distinct.first ?? ""
        guard BlockTitle.parse(only) == .other, let decision = HeaderMeaning.decide(HeaderText(only)) else { return false }
        // A role word merged over some of the columns below (`進捗度` over 順調 | 遅れ), not a title
        // line across the whole table.
        let mergedOverSome = cells.entryCount >= 2 && cells.entryCount < below.entryCount
        return decision.confidence == 1 || (decision.confidence >= 0.8 && mergedOverSome)
    }

    /// Recognises a header in a single row of texts (kept for callers with one row).
    static func recognise(_ cells: [String], row: Int) -> HeaderRow? {
        guard var header = recognise([SparseRow(cells)], at: 0) else { return nil }
        header.row = row
        header.lastRow = row
        return header
    }

    private static let initiativeWords = ["取組", "取り組み", "事業", "施策", "項目", "名称", "内容", "Initiative", "initiative", "Title", "title"]

    private static func mayNameTheInitiative(_ text: String) -> Bool {
        !text.isEmpty && text.count <= ColumnRole.maximumHeaderLength * 2 && initiativeWords.contains { text.contains($0) }
    }

    /// Whether a row under a header row continues the header: every filled cell is short and is a
    /// header word, a fiscal year, or the same text as above (a vertical merge filled down).
    /// A header may hold a few columns PlanSheet has no word for (備考, 特記事項): up to a third of the
    /// new cells, when at least two others are header words, so a data row never passes.
    private static func isHeaderLike(_ cells: SparseRow<String>, above: SparseRow<String>) -> Bool {
        var known = 0
        var unknown = 0
        var left = cells.entryCount
        // The texts not repeated from the row above: one of them, or several different ones.
        var onlyNewText: String?
        var severalNewTexts = false
        for (column, text) in cells.entries {
            left -= 1
            if above[column] == text { continue }
            if let only = onlyNewText { severalNewTexts = severalNewTexts || only != text } else { onlyNewText = text }
            guard text.count <= ColumnRole.maximumHeaderLength else { return false }
            // A year's target and result (`目標 10` / `実績 55`) is data, whatever words the row holds.
            if let pair = TargetResultCell(text), !pair.target.isEmpty || !pair.result.isEmpty { return false }
            let header = HeaderText(text)
            // A status word in a header row heads a status mark column (進捗状況 over 順調 | 遅れ).
            if HeaderMeaning.decide(header) != nil || (header.words.isEmpty && header.fiscalYear != nil)
                || (text.count <= 6 && Status(text: text) != nil)
            {
                known += 1
            } else {
                unknown += 1
                // Even if every cell left were a header word the row would not pass: the answer is
                // known, and a data row costs a few cells instead of all of them.
                if known + left < max(2, unknown * 2) { return false }
            }
        }
        // One new text under a header row, such as `【方向性１】遅れが生じている取組` right under the
        // header, is a heading of the table, even though 取組 is a header word.
        if above.entryCount > 0, !severalNewTexts, let only = onlyNewText,
            BlockTitle.parse(only) != .other || BlockTitle.markedSection(only) != nil
        {
            return false
        }
        return known > 0 && (unknown == 0 || (known >= 2 && unknown * 3 <= known + unknown))
    }

    /// Combines the texts of each column over `rows` and decides the columns' roles.
    static func build(_ texts: [SparseRow<String>], rows: ClosedRange<Int>) -> HeaderRow {
        // The columns some header row fills, not every column up to the widest: a header cell in
        // column XFD costs one column.
        let filledColumns = Set(rows.lazy.flatMap { texts[$0].entries.lazy.map(\.column) }).sorted()
        var header = HeaderRow(row: rows.lowerBound, lastRow: rows.upperBound, roles: [:], unknownColumns: [])
        var seen: [ColumnRole: Int] = [:]
        var duplicated: [(column: Int, decision: ColumnDecision)] = []
        let rowKind = RowKind.headerColumns(texts, rows: rows, columns: filledColumns)
        for column in filledColumns {
            if let decision = rowKind?.decisions[column] {
                // 区分 beside bare fiscal years: the rows say which are targets and which results.
                header.texts[column] = rowKind?.texts[column]
                header.roles[column] = decision.role
                header.decisions[column] = decision
                continue
            }
            var parts: [String] = []
            for row in rows {
                let text = texts[row][column]
                if !text.isEmpty && parts.last != text { parts.append(text) }
            }
            guard !parts.isEmpty else { continue }
            let stacked = parts.joined(separator: " ")
            header.texts[column] = stacked
            guard parts.allSatisfy({ $0.count <= ColumnRole.maximumHeaderLength }) else {
                header.unknownColumns.append((column, stacked))
                continue
            }
            let text = HeaderText(parts.joined())
            guard let decision = decide(parts, text), decision.confidence >= ColumnDecision.threshold else {
                header.unknownColumns.append((column, stacked))
                continue
            }
            if let upperIsTarget = Self.upperAndLower(parts.joined()) { header.upperAndLowerLines[column] = upperIsTarget }
            if let unit = text.unit { header.units[column] = unit }
            // Year columns without a year may be several (the year comes from a row above); others are one each.
            let isOpenYear = decision.role == .target(fiscalYear: nil) || decision.role == .actual(fiscalYear: nil)
            if !isOpenYear, let earlier = seen[decision.role] {
                if decision.role.isYearColumn, prefersRevised(text, over: header.texts[earlier].map(HeaderText.init)) {
                    header.roles[earlier] = nil
                    header.ignoredReasons[earlier] = "superseded by the revised column \(letter(column))"
                } else {
                    header.ignoredReasons[column] = "same role as column \(letter(earlier)) (\(decision.role)); the first is read"
                    duplicated.append((column, decision))
                    continue
                }
            }
            seen[decision.role] = column
            header.roles[column] = decision.role
            header.decisions[column] = decision
        }
        header.takeStatusMarks(texts, rows: rows)
        header.takeIndicatorGroups(repeating: duplicated)
        return header
    }

    /// The role of a column from its stacked header texts: the lowest text when it names a role by itself
    /// (`No` under a banner `取組の概要`, `目標数値` under `進捗管理指標の状況` / `2020（R2）`), else all the
    /// texts together (`Ｒ２年度` over `目標`, `目標` over `R2`); the year from anywhere in the stack.
    private static func decide(_ parts: [String], _ text: HeaderText) -> ColumnDecision? {
        let together = HeaderMeaning.decide(text)
        guard parts.count >= 2, let lowestText = parts.last else { return together }
        let lowest = HeaderText(lowestText)
        // `進捗管理指標の状況` over `R02 | R03`: years under a banner hold the figures of those years, not a
        // status or a name; the cells decide what (``ColumnEvidence``).
        if lowest.words.isEmpty, lowest.fiscalYear != nil, let together, !together.role.isYearColumn { return nil }
        guard let own = HeaderMeaning.decide(lowest) else {
            // `実績` over `達成率`: a rate computed from the figures, neither a result nor a target.
            return lowest.words.hasSuffix("率") ? nil : together
        }
        // A name of its own (`推進項目`) decides too, but `名称` alone under `指標①` names the banner's thing.
        let namesItself = own.role == .title && !HeaderMeaning.nameEndings.contains(lowest.words)
        guard own.confidence >= 0.8 || namesItself, own.role.withFiscalYear(nil) != together?.role.withFiscalYear(nil) else {
            return together
        }
        let banner = parts.dropLast().joined(separator: " ")
        return ColumnDecision(
            role: own.role.withFiscalYear(text.fiscalYear), confidence: own.confidence,
            reason: "\(own.reason), the lowest header text (「\(banner)」 above it heads several columns)")
    }

    /// Whether a header says its cells hold two figures, one per line (`上段：到達目標／下段：達成実績`):
    /// true when the upper line is the target, false when it is the result, nil for any other header.
    static func upperAndLower(_ text: String) -> Bool? {
        let key = MatchingKey(text).rawValue
        guard let upper = key.range(of: "上段"), let lower = key.range(of: "下段") else { return nil }
        let upperPart = upper.upperBound < lower.lowerBound ? key[upper.upperBound..<lower.lowerBound] : key[upper.upperBound...]
        let lowerPart = lower.upperBound < upper.lowerBound ? key[lower.upperBound..<upper.lowerBound] : key[lower.upperBound...]
        if (upperPart.contains("目標") || upperPart.contains("計画")) && lowerPart.contains("実績") { return true }
        if upperPart.contains("実績") && (lowerPart.contains("目標") || lowerPart.contains("計画")) { return false }
        return nil
    }

    /// Gives the status mark role to two or more columns whose lowest header text is a status word
    /// (`進捗状況` over `順調` | `遅れ`): a mark in one of them gives the row its status.
    private mutating func takeStatusMarks(_ texts: [SparseRow<String>], rows: ClosedRange<Int>) {
        guard rows.count > 1 else { return }
        var marks: [(column: Int, status: Status, word: String)] = []
        for (column, _) in texts[rows.upperBound - 1].entries {
            // The lowest header text of the column, under another one (the status header above it).
            // (A vertical merge fills the same text down: it counts once.)
            var parts: [String] = []
            for text in rows.map({ texts[$0][column] }) where !text.isEmpty && parts.last != text { parts.append(text) }
            guard parts.count >= 2, let word = parts.last, word.count <= 6, let status = Status(text: word) else { continue }
            marks.append((column, status, word))
        }
        guard marks.count >= 2, Set(marks.map(\.status)).count == 2 else { return }
        for mark in marks {
            roles[mark.column] = .statusMark(mark.status)
            decisions[mark.column] = ColumnDecision(
                role: .statusMark(mark.status), confidence: 0.8,
                reason: "status word 「\(mark.word)」 under a header: a mark (○, ●, ✓) in the column gives \(mark.status.rawValue)")
            ignoredReasons[mark.column] = nil
            unknownColumns.removeAll { $0.column == mark.column }
        }
    }

    /// Notes that mark a column as the revised one of two with the same role and year.
    private static let revisedNotes: Set<String> = ["変更後", "修正", "修正後", "改定", "改定後", "見直し後"]

    private static func prefersRevised(_ later: HeaderText, over earlier: HeaderText?) -> Bool {
        later.notes.contains(where: revisedNotes.contains) && !(earlier?.notes.contains(where: revisedNotes.contains) ?? false)
    }

    static func letter(_ column: Int) -> String {
        String(CellReference(row: 1, column: column).description.dropLast())
    }
}
