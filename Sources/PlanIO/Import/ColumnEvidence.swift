import PlanModel
import XLSX

/// What a column's cells say it holds, for the columns whose header does not decide it: a column
/// whose header names no role, or whose header says "indicator" while its cells are target
/// expressions (`目標・指標` over `○ＲＰＡ 導入業務数` / `Ｒ２年度：50業務`, the free-text layout).
///
/// Only the first ``sampleRows`` rows under the header are read, once per sheet. A role is given
/// when at least ``requiredShare`` of at least ``minimumCells`` filled cells read as it; the
/// confidence is that share. Below the bar the column is left out and its message says what the
/// cells showed, so a clerk can name the column in a profile instead of PlanSheet guessing.
enum ColumnEvidence {
    /// Rows under the header that are read for evidence.
    static let sampleRows = 40
    /// Filled cells needed before the cells decide a column whose header names no role.
    static let minimumCells = 2
    /// The share of filled cells that must read as one role.
    static let requiredShare = 0.8

    /// What one cell reads as.
    enum Reading: Equatable {
        /// A free-text target: a line starting with a fiscal year and a colon (`Ｒ２年度：50業務`).
        case targetExpression
        /// Free text in indicator blocks without a year line: several lines, one of them a `○` or
        /// numbered heading (`１ ペーパーレス会議・打合せ環境の整備` / `２ 既存資料の電子化の推進`). No
        /// indicator name looks so; it is evidence against an indicator header, not for a target one.
        case blockText
        /// A year's target and result in one cell (`目標：50業務` / `実績：51業務`, `TargetResultCell`).
        case targetAndResult
        /// A status word, symbol or grade the sheet's legend or PlanModel knows.
        case status
        /// Anything else.
        case other
    }

    /// Reads one cell.
    static func reading(of text: String, legend: StatusLegend) -> Reading {
        if TargetResultCell(text) != nil { return .targetAndResult }
        // Cheap tests first: a target expression needs a colon and 度 (or an era letter: `Ｒ２：…`); a
        // status is a short word. (The scalars are looked at: the text is not normalized, so U+FA01,
        // the compatibility form Foundation also takes for 度, counts too.)
        if text.unicodeScalars.contains(where: { $0 == "度" || $0 == "\u{FA01}" || $0 == "R" || $0 == "Ｒ" }),
            text.contains(where: { $0 == "：" || $0 == ":" }),
            ImportText.lines(text).contains(where: { FreeTextCell.linePrefixYear($0) != nil })
        {
            return .targetExpression
        }
        if text.count <= 8, legend.status(of: text) != nil { return .status }
        if text.contains(where: \.isNewline) {
            let lines = ImportText.lines(text).filter { !$0.isEmpty }
            if lines.count >= 2, lines.contains(where: { CellBlockSplitter.headingName(of: $0) != nil }) { return .blockText }
        }
        return .other
    }

    /// Gives roles to the columns the header left open, or corrects an indicator column whose cells are
    /// target expressions; records why in the header's decisions (or, below the bar, its ignored reasons).
    static func apply(to header: inout HeaderRow, rows: ArraySlice<SparseRow<String>>, legend: StatusLegend) {
        // Data rows only: a heading merged across the table, or the header repeated, is no evidence.
        let titleColumn = header.titleColumn
        let headerTitle = header.texts[titleColumn ?? -1]
        let sample = rows.prefix(sampleRows).filter { cells in
            let title = cells[safe: titleColumn]
            return !title.isEmpty && title != headerTitle && cells.entries.contains { $0.value != title }
        }
        var candidates = header.unknownColumns.map(\.column)
        if let indicator = header.indicatorColumn { candidates.append(indicator) }
        for column in candidates {
            // A dash (`－`) says "nothing this year": no evidence either way.
            let filled = sample.lazy.map { $0[safe: column] }.filter { !$0.isEmpty && !ImportText.isEmptyMark($0) }
            // Read once into an array: the counts below would each read the lazy cells again.
            let readings = Array(filled.map { reading(of: $0, legend: legend) })
            let isUnknown = header.roles[column] == nil
            // An indicator name never holds a `Ｒ２年度：` line, so one such cell can correct an indicator
            // header; a header that says nothing needs more.
            // A labelled pair (`目標値 28,400` / `実績値 23,183`) says what it is even alone in its column.
            let allPairs = !readings.isEmpty && readings.allSatisfy { $0 == .targetAndResult }
            guard readings.count >= (isUnknown && !allPairs ? minimumCells : 1) else { continue }
            // Block text counts for a target only against an indicator header, and only beside year lines.
            let yearLines = readings.filter { $0 == .targetExpression }.count
            let blockTexts = isUnknown || yearLines == 0 ? 0 : readings.filter { $0 == .blockText }.count
            let targets = yearLines + blockTexts
            let statuses = readings.filter { $0 == .status }.count
            let pairs = isUnknown ? readings.filter { $0 == .targetAndResult }.count : 0
            let (role, count, what): (ColumnRole, Int, String)
            if pairs > max(targets, statuses) {
                // Read as a result column: the importer splits each cell into the year's target and result.
                (role, count, what) = (.actual(fiscalYear: nil), pairs, "a target and a result (目標：… 実績：…)")
            } else if targets >= statuses {
                (role, count, what) = (
                    .target(fiscalYear: nil), targets,
                    blockTexts == 0 ? "target expressions (Ｒ２年度：…)" : "target expressions (Ｒ２年度：…) or indicator blocks (○…)"
                )
            } else {
                (role, count, what) = (.status, statuses, "statuses")
            }
            let share = Double(count) / Double(readings.count)
            let evidence = "\(count) of \(readings.count) cells read as \(what)"
            let taken = header.column { $0 == role } != nil
            guard share >= requiredShare, !(role == .status && taken) else {
                if isUnknown, count > 0 { header.ignoredReasons[column] = "could not decide: \(evidence), below the bar" }
                continue
            }
            let headerText = header.texts[column] ?? ""
            let fiscalYear = HeaderText(headerText).fiscalYear
            header.roles[column] = role.withFiscalYear(fiscalYear)
            let was = isUnknown ? "header 「\(headerText)」 names no role" : "header 「\(headerText)」 reads as indicator"
            header.decisions[column] = ColumnDecision(
                role: role.withFiscalYear(fiscalYear), confidence: share,
                reason: "\(was); \(evidence)")
            header.ignoredReasons[column] = nil
            header.decidedByCells.insert(column)
        }
        header.unknownColumns.removeAll { header.roles[$0.column] != nil }
    }

    /// Gives a header found again further down (after a heading, a page break) the roles the cells
    /// decided under the first one, for the columns whose header text is the same.
    static func carry(from previous: HeaderRow, to header: inout HeaderRow) {
        for column in previous.decidedByCells where previous.texts[column] == header.texts[column] {
            guard let role = previous.roles[column] else { continue }
            if let other = header.roles[column], other != .indicator { continue }
            header.roles[column] = role
            header.decisions[column] = previous.decisions[column]
            header.ignoredReasons[column] = nil
            header.decidedByCells.insert(column)
        }
        header.unknownColumns.removeAll { header.roles[$0.column] != nil }
    }
}
