import PlanModel
import XLSX

/// What the sheet importer says about a layout profile's rules: the rules that matched nothing, and a
/// profile header that cannot be read, each naming the profile's line.
extension SheetImporter {
    var profileFile: String { options.profile?.file ?? "profile" }

    /// A warning for every column rule that matched no column of the header.
    func reportUnmatched(_ unmatched: [ColumnRule], header: HeaderRow, into result: inout Result) {
        let rows = header.row == header.lastRow ? "\(header.row + 1)" : "\(header.row + 1)–\(header.lastRow + 1)"
        for rule in unmatched {
            let place = SourceLocation(
                file: file, sheet: sheet.name,
                cell: CellReference(row: header.row + 1, column: rule.column ?? 0).description)
            let found = rule.column.flatMap { header.texts[$0] }.map { "; that column's header is 「\($0)」" } ?? ""
            result.issues.append(
                PlanIssue(
                    .warning, .unmatchedProfileRule, at: place,
                    ja: "プロファイル \(profileFile) \(rule.line)行目の列の指定（\(rule.place)）に当たる列が見出し（\(rows)行目）にありません",
                    en: "the profile rule at \(profileFile):\(rule.line) (\(rule.place)) matches no column of the header in rows \(rows)\(found)"))
        }
    }

    /// Why a sheet is skipped whose profile header rows lie below its last row.
    func profileRowsMissing(_ rows: ClosedRange<Int>, sheetRows: Int) -> (ja: String, en: String) {
        let line = rules?.line ?? 0
        return (
            "プロファイル \(profileFile)（\(line)行目）の見出し行 \(rows.upperBound + 1) がシートの最終行 \(sheetRows) より下です",
            "the header rows of the profile (\(profileFile):\(line)) end at row \(rows.upperBound + 1), below the sheet's last row \(sheetRows)"
        )
    }

    /// Why a sheet is skipped whose profile header names no title column.
    func profileHeaderWithoutTitle(_ header: HeaderRow) -> (ja: String, en: String) {
        let line = rules?.line ?? 0
        let rows = "\(header.row + 1)–\(header.lastRow + 1)"
        return (
            "プロファイル \(profileFile)（\(line)行目）の見出し行 \(rows) に取組名の列がありません（role: title の列を指定してください）",
            "the profile's header rows \(rows) (\(profileFile):\(line)) have no title column; give one column role: title"
        )
    }
}

extension SheetImporter {
    /// A warning for every target or result column of a table whose fiscal year could not be decided
    /// (no year in its header, above it, or in the profile): its figures would carry no year.
    func reportUndecidedYears(of header: HeaderRow, into result: inout Result) {
        let yearless = result.initiatives.contains { imported in
            imported.initiative.indicators.contains { indicator in
                indicator.targets.contains { $0.fiscalYear == nil } || indicator.actuals.contains { $0.fiscalYear == nil }
            }
        }
        guard header.isTableLayout, yearless else { return }
        for figure in header.targetColumns + header.actualColumns where figure.fiscalYear == nil {
            let text = header.texts[figure.column] ?? ""
            let place = SourceLocation(
                file: file, sheet: sheet.name,
                cell: CellReference(row: header.row + 1, column: figure.column).description)
            result.issues.append(
                PlanIssue(
                    .warning, .unknownColumn, at: place,
                    ja: "列「\(text)」の年度を決められません。値は年度なしで取り込みました（プロファイルの year で指定できます）",
                    en: "could not decide the fiscal year of the column \"\(text)\"; its figures were imported without a year "
                        + "(a profile's year: gives it)"))
        }
    }

    /// For a sheet whose header was not recognised: the first row of several short texts, read as a
    /// header, so that `inspect` and `--write-profile` can show the user where to start.
    func guessedHeader(_ texts: [SparseRow<String>]) -> HeaderRow? {
        for (row, cells) in texts.prefix(options.headerSearchRows).enumerated() {
            let filled = cells.entries.map(\.value)
            guard filled.count >= 3, Set(filled).count >= 2,
                filled.allSatisfy({ $0.count <= ColumnRole.maximumHeaderLength * 2 })
            else { continue }
            return HeaderRow.build(texts, rows: row...row)
        }
        return nil
    }
}

extension SheetImporter {
    /// The header row a profile's column rules point to when the profile gives no `header rows` and
    /// detection finds no header: the first row (of the rows searched) in which a rule's header text
    /// stands and which, with the profile's roles, names a title and a target or result column.
    /// Without such rules, or when detection finds a header first, nil: detection decides.
    func headerRowNamedByProfile(_ texts: [SparseRow<String>]) -> ClosedRange<Int>? {
        guard let rules, rules.headerRows == nil, rules.columns.contains(where: { $0.header != nil }) else { return nil }
        for row in 0..<min(texts.count, options.headerSearchRows) {
            if HeaderRow.recognise(texts, at: row) != nil { return nil }
            var header = HeaderRow.build(texts, rows: row...row)
            let unmatched = header.apply(rules)
            let namedHere = rules.columns.contains { $0.header != nil && !unmatched.contains($0) }
            if namedHere, header.titleColumn != nil, !header.targetColumns.isEmpty || !header.actualColumns.isEmpty {
                return row...row
            }
        }
        return nil
    }
}
