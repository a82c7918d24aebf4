import PlanModel
import XLSX

/// Fiscal years written down the rows: a 年度 column gives each row its year, and the target and
/// result columns beside it name none (one row per indicator and year, the long form of a table):
///
/// ```
/// 取組名 | 指標     | 年度 | 目標値 | 実績値
/// ＲＰＡ | 導入業務数 | R2   | 50     | 51
///        |            | R3   | 60     |
/// ```
///
/// The header gives the column its role only when no target or result column names a year; the cells
/// must then confirm it (``confirm(_:rows:)``), or the sheet is skipped with what the cells showed.
enum RowYear {
    /// Header words of a column whose cells name each row's fiscal year.
    static let headerWords: Set<String> = ["年度", "対象年度", "実施年度", "年次", "年度別", "年度区分", "計画年度", "評価年度"]

    /// Reads a year cell: a fiscal-year label (R2, 令和２年度, 2020年度, 2020（令和2）年度, Ｒ２年度末) or a
    /// plain Gregorian year (2020).
    static func year(of text: String) -> Int? {
        if let year = FiscalYear(text)?.startYear { return year }
        // `Ｒ２年度末`, `R2年度末時点`: the end of the year is still the year.
        for ending in ["末時点", "末現在", "末"] where text.hasSuffix(ending) {
            if let year = FiscalYear(String(text.dropLast(ending.count)))?.startYear { return year }
        }
        guard text.count == 4, let year = Int(text), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// Gives the year-per-row column its role, confirmed by its cells. Returns nil when the header has no
    /// such column or the column was confirmed; otherwise why the sheet cannot be read, in both languages.
    static func confirm(_ header: inout HeaderRow, rows: ArraySlice<SparseRow<String>>) -> (ja: String, en: String)? {
        guard
            let candidate = header.unknownColumns.first(where: {
                let text = HeaderText($0.text)
                return headerWords.contains(text.words) && text.fiscalYear == nil
            })
        else { return nil }
        let column = candidate.column
        let letter = HeaderRow.letter(column)
        let figureColumns = header.targetColumns.map(\.fiscalYear) + header.actualColumns.map(\.fiscalYear)
        guard !figureColumns.isEmpty, figureColumns.allSatisfy({ $0 == nil }) else {
            return (
                "列\(letter)「\(candidate.text)」が行ごとの年度なのか、年度を名のる目標・実績の列と並んでいて決められません",
                "column \(letter) 「\(candidate.text)」 may give each row its fiscal year, but target or result columns beside it name their own years: not decided"
            )
        }
        let filled = rows.prefix(ColumnEvidence.sampleRows).map { $0[column] }.filter { !$0.isEmpty }
        let years = filled.filter { year(of: $0) != nil }.count
        let share = filled.isEmpty ? 0 : Double(years) / Double(filled.count)
        let evidence = "\(years) of \(filled.count) cells read as a fiscal year"
        // One row (a department with one indicator and year) is enough when its cell names a year.
        guard (filled.count >= 2 && share >= ColumnEvidence.requiredShare) || (filled.count == 1 && years == 1) else {
            return (
                "列\(letter)「\(candidate.text)」の年度を行ごとに読み取れません（\(filled.count) 件中 \(years) 件のみ年度）",
                "column \(letter) 「\(candidate.text)」 should give each row its fiscal year, but \(evidence)"
            )
        }
        header.unknownColumns.removeAll { $0.column == column }
        header.roles[column] = .rowYear
        header.decisions[column] = ColumnDecision(
            role: .rowYear, confidence: share,
            reason: "「\(candidate.text)」 beside target and result columns that name no year: each row gives its year; \(evidence)")
        return nil
    }
}
