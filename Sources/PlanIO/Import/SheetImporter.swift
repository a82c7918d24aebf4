import PlanModel
import XLSX

/// Reads the initiatives of one sheet: finds its header rows (one per block), follows the title
/// lines between blocks, and reads each data row in the layout its header shows.
struct SheetImporter {
    /// What a sheet gave.
    struct Result {
        var initiatives: [ImportedInitiative] = []
        var issues: [PlanIssue] = []
        /// Rows and columns left out on purpose (hidden, legend, heading, example, note, repeated header).
        var skippedRows: [SkippedRow] = []
        /// The header as recognised, for `inspect`.
        var header: HeaderRow?
        /// Why the sheet holds no plan, when it does not.
        var skipReason: (ja: String, en: String)?
        /// The status vocabulary the sheet was read with (its legend and the profile's).
        var legend = StatusLegend()
        /// Whether the header rows were the profile's rather than found.
        var headerFromProfile = false
        /// Whether ``header`` is only a guess at a sheet whose header was not recognised (for `inspect`).
        var headerGuessed = false
        /// The profile's rules the sheet was read with, for `inspect`.
        var rules: SheetRules?
    }

    let file: String
    let sheet: SubmissionSheet
    /// The department known before the sheet is read (cover sheet, option, file name), lowest priority first.
    let fallbackDepartment: String?
    let options: ImportOptions
    /// What the layout profile says about this sheet, if there is one.
    var rules: SheetRules?
    /// The legend found on the workbook's notes sheet (記入要領), for a sheet that has none of its own.
    var workbookLegend = StatusLegend()

    /// The block context that title lines set.
    private struct Context {
        var section: String?
        var status: Status?
        var department: String?
        var legend = StatusLegend()
    }

    func read() -> Result {
        var result = Result()
        result.rules = rules
        let rowsWithValues = sheet.rows.reduce(0) { $1.entryCount > 0 ? $0 + 1 : $0 }
        if rowsWithValues > options.maxPlanRows {
            result.skipReason = (
                "値のある行が\(rowsWithValues)行あり、計画として読める上限\(options.maxPlanRows)行を超えています（--max-plan-rows で変更できます）",
                "\(rowsWithValues) rows hold values, more than the \(options.maxPlanRows) a plan sheet may have (change with --max-plan-rows)"
            )
            return result
        }
        // A hostile sheet could ask the merge filling for hundreds of millions of cells; refused, said.
        let mergeFillCount = sheet.mergeFillCount
        if mergeFillCount > SubmissionSheet.maxMergeFilledCells {
            result.skipReason = (
                "結合セルが\(SubmissionSheet.maxMergeFilledCells)セルを超える範囲を覆っているため読み込めません",
                "merged ranges cover more than \(SubmissionSheet.maxMergeFilledCells) cells of data; the sheet is not read"
            )
            return result
        }
        var grid = sheet.applyingNumberFormats().fillingMergedRanges()
        if !options.includeHidden { leaveOutHidden(&grid, into: &result) }
        let texts = grid.rows.map { $0.mapValues { ImportText.trimmed(ImportText.text(of: $0)) } }
        var context = Context()
        let profileLegend = StatusLegend(meanings: rules?.status ?? [:])
        // The sheet's own legend, when it has one, is merged over the workbook's; the profile's over both.
        context.legend = workbookLegend
        context.legend.merge(profileLegend)
        let forcedRows = rules?.headerRows.map { ($0.lowerBound - 1)...($0.upperBound - 1) } ?? headerRowNamedByProfile(texts)
        if let forcedRows, forcedRows.upperBound >= texts.count {
            result.skipReason = profileRowsMissing(forcedRows, sheetRows: texts.count)
            return result
        }
        var header: HeaderRow?
        // The header as each further indicator of a row reads it (指標① | 指標②), made once per header.
        var groupHeaders: [HeaderRow] = []
        var current: InitiativeAssembly?

        func flush() {
            if let assembly = current { result.initiatives.append(assembly.build()) }
            current = nil
        }

        func skip(_ row: Int, _ reason: SkippedRow.Reason, _ text: String) {
            result.skippedRows.append(
                SkippedRow(
                    file: file, sheet: sheet.name, place: String(row + 1), reason: reason,
                    text: String(text.prefix(40))))
        }

        var headerEnd = -1
        for (row, cells) in texts.enumerated() where row > headerEnd {
            let filled = cells.entries.map { (offset: $0.column, element: $0.value) }
            let profileHeaderStarts = header == nil && row == forcedRows?.lowerBound
            if filled.isEmpty && !profileHeaderStarts { continue }
            let mayBeHeader = header.map { Self.echoesHeader(cells, of: $0, in: texts) } ?? (row < options.headerSearchRows && forcedRows == nil)
            let detected =
                profileHeaderStarts
                ? forcedRows.map { HeaderRow.build(texts, rows: $0) }
                : mayBeHeader ? HeaderRow.recognise(texts, at: row) : nil
            var accepted = detected
            if header == nil, !profileHeaderStarts, var found = detected, found.hasOnlyYearColumns {
                // Years alone over the figures: a header only when the cells show targets and results.
                ColumnEvidence.apply(to: &found, rows: texts[(found.lastRow + 1)...], legend: context.legend)
                if found.targetColumns.isEmpty && found.actualColumns.isEmpty { accepted = nil }
            }
            if var found = accepted {
                if header == nil, let unread = RowYear.confirm(&found, rows: texts[(found.lastRow + 1)...]) {
                    // Years written down the rows (a 年度 column) that the cells do not bear out: reading the
                    // figures without their years would file every one under no year. Said, not guessed.
                    result.skipReason = unread
                    return result
                }
                flush()
                if row > 0 && !profileHeaderStarts { found.takeFiscalYears(fromRowAbove: texts[row - 1]) }
                if let previous = header {
                    skip(row, .repeatedHeader, cells.first { !$0.isEmpty } ?? "")
                    // The header again (maybe reworded: Ｒ２年度末実績) keeps what the cells decided under the first.
                    ColumnEvidence.carry(from: previous, to: &found)
                    // Years down the rows under the first header: the same 年度 column under this one.
                    if previous.rowYearColumn != nil { _ = RowYear.confirm(&found, rows: texts[(found.lastRow + 1)...]) }
                    _ = rules.map { found.apply($0) }
                } else {
                    // A 区分 column beside bare years must read 目標 / 実績 in its cells; then the columns
                    // the header leaves open are decided by their cells, once per sheet.
                    RowKind.confirm(&found, rows: texts[(found.lastRow + 1)...])
                    ColumnEvidence.apply(to: &found, rows: texts[(found.lastRow + 1)...], legend: context.legend)
                    // The profile has the last word over header words and cells alike.
                    let unmatched = rules.map { found.apply($0) } ?? []
                    reportColumns(of: found, into: &result)
                    reportUnmatched(unmatched, header: found, into: &result)
                }
                header = found
                groupHeaders = found.indicatorGroupHeaders
                result.header = result.header ?? found
                result.headerFromProfile = result.headerFromProfile || profileHeaderStarts
                headerEnd = found.lastRow
                if profileHeaderStarts, found.titleColumn == nil {
                    result.skipReason = profileHeaderWithoutTitle(found)
                    return result
                }
                continue
            }
            // A merged row (one text filled across its columns) reads like a lone cell.
            // (All cells equal, compared in place: no set of the row's texts is hashed.)
            let isOneText = !filled.isEmpty && filled.allSatisfy { $0.element == filled[0].element }
            let lone = isOneText ? filled[0] : nil
            if let lone, let legend = StatusLegend.parse(lone.element) {
                context.legend.merge(legend)
                // The profile's meanings win over the sheet's legend.
                context.legend.merge(profileLegend)
                skip(row, .legend, lone.element)
                continue
            }
            // A line that explains the scale in words (`達成：…（順調）　未達成：…（遅れ）`) without symbols.
            if let lone, BlockTitle.explainsStatuses(MatchingKey(lone.element).rawValue) {
                skip(row, .legend, lone.element)
                continue
            }
            if let lone, Self.isNote(lone.element) {
                skip(row, .note, lone.element)
                continue
            }
            guard let header else {
                if let lone {
                    apply(BlockTitle.parse(lone.element), to: &context)
                } else if filled.count == 2,
                    let department = BlockTitle.departmentPair(label: filled[0].element, value: filled[1].element)
                {
                    // `部局名` | `企画財政部` above the table.
                    context.department = department
                }
                continue
            }
            let titleText = cells[safe: header.titleColumn]
            // A cell alone in a figure column (not merged across) is the next indicator's target or result.
            let loneFigure =
                lone.map { lone in
                    filled.count == 1 && current != nil
                        && (header.targetColumns.contains { $0.column == lone.offset }
                            || header.actualColumns.contains { $0.column == lone.offset })
                } ?? false
            if let lone, !loneFigure, filled.count > 1 || lone.offset != header.indicatorColumn {
                // A lone cell is a title line (（２）…, ２ 遅れが生じている取組, 所管：…) unless it is an
                // initiative's title with nothing else filled in.
                var title = BlockTitle.parse(lone.element)
                // A lone text in the title column that opens with a heading's mark (`Ⅰ　…`, `【方向性１】…`,
                // `＜…＞`, `2　…`) is a heading too: an initiative's title never comes alone with such a mark.
                let marked = title == .other ? BlockTitle.markedSection(lone.element) : nil
                if let marked { title = .section(marked) }
                if title != .other || filled.count > 1 || lone.offset != header.titleColumn {
                    flush()
                    apply(title, to: &context)
                    skip(row, .heading, lone.element)
                    continue
                }
            }
            // (1) (2) (3) or ① ② ③ across the columns: the form numbers its columns.
            if Self.numbersTheColumns(filled) {
                skip(row, .columnNumbers, filled.prefix(3).map(\.element).joined(separator: " "))
                continue
            }
            // The template's example row (番号 記入例, or 記入例 written in any cell) is an illustration.
            if filled.contains(where: { Self.isExampleMark($0.element) }) {
                skip(row, .example, titleText)
                continue
            }
            // 合計 / 小計 / 計 in the title column: the sums of the rows above, not an initiative.
            if Self.isTotalMark(titleText) {
                flush()
                skip(row, .total, titleText)
                continue
            }
            let number = cells[safe: header.numberColumn]
            // A row continues the initiative above when its title is blank, or the same title in the same
            // merged range (or repeated, unmerged): one row per indicator, in either layout.
            let startsInitiative =
                !titleText.isEmpty
                && (current.map {
                    ImportText.title(texts.text(row, header.titleColumn)) != $0.initiative.title
                        || number != ($0.initiative.id ?? "")
                        || !sameMergedTitle(row: row, column: header.titleColumn, previous: $0.titleRow)
                } ?? true)
            if startsInitiative {
                flush()
                current = startInitiative(row: row, header: header, context: context, texts: texts, result: &result)
            }
            if header.isTableLayout {
                // The row's first indicator, then any written beside it (no array made per row).
                for index in -1..<groupHeaders.count {
                    let reading = index < 0 ? header : groupHeaders[index]
                    if let leftOut = current?.addTableRow(row, texts: texts, header: reading) {
                        warnLeftOut(leftOut, row: row, header: reading, texts: texts, into: &result)
                    }
                }
            } else {
                current?.addFreeTextRow(row, texts: texts, header: header)
            }
        }
        flush()
        result.legend = context.legend
        readStatusesThroughTheLegendBelow(texts, legend: context.legend, into: &result)
        if let header = result.header { reportUndecidedYears(of: header, into: &result) }
        if header == nil {
            result.header = guessedHeader(texts)
            result.headerGuessed = result.header != nil
            result.skipReason = (
                "先頭\(options.headerSearchRows)行に見出し行（取組項目と目標・実績）がありません",
                "no header row (取組項目 with 目標 or 実績) in the first \(options.headerSearchRows) rows"
            )
        }
        for index in result.initiatives.indices where result.initiatives[index].initiative.department == nil {
            result.initiatives[index].initiative.department = context.department ?? fallbackDepartment
        }
        return result
    }

    /// `記入例`, `（例）`, `例：`: marks of the template's example row.
    /// Whether a row below the header says again what one of the header's rows said (the header repeated
    /// after a page break): at least half of its filled cells, and two or more, hold the same text in the
    /// same column. Only such a row is worth the full header analysis, which would otherwise run on every
    /// data row whose title happens to contain a header word (事業, 取組, …).
    static func echoesHeader(_ cells: SparseRow<String>, of header: HeaderRow, in texts: [SparseRow<String>]) -> Bool {
        guard cells.entryCount >= 2 else { return false }
        let filled = cells.entries
        for headerRow in header.row...max(header.row, header.lastRow) where headerRow < texts.count {
            let original = texts[headerRow]
            let same = filled.reduce(0) { original[$1.column] == $1.value ? $0 + 1 : $0 }
            if same >= 2 && same * 2 >= cells.entryCount { return true }
        }
        return false
    }

    /// Titles of a total or subtotal row.
    private static let totalMarks: Set<String> = ["合計", "計", "小計", "総計", "総合計", "全体", "Total", "TOTAL", "total", "Subtotal"]

    static func isTotalMark(_ text: String) -> Bool {
        // Short titles only (UTF-8 length is known without a walk): the key is built for few rows.
        !text.isEmpty && text.utf8.count <= 24 && totalMarks.contains(MatchingKey(text).rawValue)
    }

    static func isExampleMark(_ text: String) -> Bool {
        // Every mark holds 例, which NFKC makes only from U+4F8B itself or U+F9B5: most cells are
        // passed without building their key.
        guard text.unicodeScalars.contains(where: { $0.value == 0x4F8B || $0.value == 0xF9B5 }) else { return false }
        let key = MatchingKey(text).rawValue
        // `（記入例）`, `【記入例】`, `[例]`: the mark in brackets.
        let body = key.drop { "(【[<〔《".contains($0) }
        return key == "例" || body.hasPrefix("記入例") || body.hasPrefix("例)") || body.hasPrefix("例】") || body.hasPrefix("例]")
            || key.hasPrefix("例:")
    }

    /// Whether a row's cells number the columns: three or more short marks counting up by one per
    /// column from left to right ((1) (2) (3), ① ② ③ (NFKC makes them 1 2 3), A B C; a hidden column
    /// left out skips its number), nothing else in the row. A row of figures (50, 60, 70) does not.
    static func numbersTheColumns(_ filled: [(offset: Int, element: String)]) -> Bool {
        guard filled.count >= 3, filled.allSatisfy({ $0.element.count <= 4 }) else { return false }
        var first: Int?
        for cell in filled.sorted(by: { $0.offset < $1.offset }) {
            let key = MatchingKey(cell.element).rawValue
            let mark = key.hasPrefix("(") && key.hasSuffix(")") ? String(key.dropFirst().dropLast()) : key
            let value: Int
            if let number = Int(mark), number < 1000, mark.allSatisfy(\.isASCII) {
                value = number
            } else if mark.count == 1, let scalar = mark.unicodeScalars.first, ("A"..."Z").contains(scalar) {
                value = Int(scalar.value)
            } else {
                return false
            }
            // The mark minus the column is the same in every cell.
            if let first, value - cell.offset != first { return false }
            first = value - cell.offset
        }
        return true
    }

    /// A note under or above the table: `※…`, `＊…`, `注…`, `（注）…`, `(注1)…`, `注）…`.
    static func isNote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "※" { return true }
        // `＊ 目標数値は改定後の値`: the asterisk a footnote reference points at, then its text.
        if first == "＊" || first == "*" { return text.count > 2 }
        if first == "注" { return text.count > 2 }
        // The mark in brackets: `（注）`, `(注１)`, `〔注〕`.
        return "（(〔［[【".contains(first) && text.dropFirst().first == "注"
    }

    /// Blanks the hidden rows and columns that hold values, and records each (merged ranges are filled
    /// first, so a header merged over a hidden column still names the visible ones).
    private func leaveOutHidden(_ grid: inout SubmissionSheet, into result: inout Result) {
        for column in sheet.hiddenColumns.sorted() {
            let held = grid.rows.indices.filter { !grid.rows[$0][column].isEmpty }
            guard let first = held.first else { continue }
            let letter = String(CellReference(row: 1, column: column).description.dropLast())
            result.skippedRows.append(
                SkippedRow(
                    file: file, sheet: sheet.name, place: letter, reason: .hiddenColumn,
                    text: String(grid.text(first, column).prefix(40))))
            for row in held { grid.rows[row][column] = .empty }
        }
        for row in sheet.hiddenRows.sorted() where row < grid.rows.count && grid.rows[row].entryCount > 0 {
            let text = grid.rows[row].entries.lazy.map { ImportText.text(of: $0.value) }.first { !$0.isEmpty } ?? ""
            result.skippedRows.append(
                SkippedRow(
                    file: file, sheet: sheet.name, place: String(row + 1), reason: .hiddenRow,
                    text: String(ImportText.trimmed(text).prefix(40))))
            grid.rows[row] = []
        }
    }

    /// Warns about header texts that gave no role or lost to an earlier column.
    private func reportColumns(of header: HeaderRow, into result: inout Result) {
        let unknown = Set(header.unknownColumns.map(\.column))
        for column in header.unknownColumns {
            if HeaderMeaning.isRemark(HeaderText(column.text).words) {
                result.issues.append(
                    PlanIssue(
                        .warning, .unknownColumn, at: location(header.row, column.column),
                        ja: "列「\(column.text)」は備考の列のため取り込みません",
                        en: "column \"\(column.text)\" holds remarks; it is not imported"))
                continue
            }
            let nearest = HeaderMeaning.nearestWording(to: column.text).map { "; nearest known wording 「\($0)」" } ?? ""
            // What the cells showed, when they showed something but not enough (ColumnEvidence).
            let evidence = header.ignoredReasons[column.column].map { " (\($0))" } ?? ""
            result.issues.append(
                PlanIssue(
                    .warning, .unknownColumn, at: location(header.row, column.column),
                    ja: "見出し「\(column.text)」の列の役割を決められないため読み飛ばしました",
                    en: "could not decide what the column \"\(column.text)\" holds; it was skipped\(evidence)\(nearest)"))
        }
        for (column, why) in header.ignoredReasons.sorted(by: { $0.key < $1.key }) where !unknown.contains(column) {
            let text = header.texts[column] ?? ""
            result.issues.append(
                PlanIssue(
                    .warning, .unknownColumn, at: location(header.row, column),
                    ja: "列「\(text)」は読み飛ばしました（\(why)）", en: "column \"\(text)\" was skipped: \(why)"))
        }
    }

    private func apply(_ title: BlockTitle, to context: inout Context) {
        switch title {
        case .section(let section): context.section = section
        case .status(let status): context.status = status; context.section = nil
        case .department(let department): context.department = department
        case .other: break
        }
    }

    /// Whether a row continues the initiative whose title is at `previous`: in the same merged range,
    /// or in no merged range at all (a sheet that repeats the title on every row).
    private func sameMergedTitle(row: Int, column: Int?, previous: Int) -> Bool {
        guard let column else { return true }
        let cell = CellReference(row: row + 1, column: column)
        let range = sheet.mergedRanges.first { $0.contains(cell) }
        let previousRange = sheet.mergedRanges.first { $0.contains(CellReference(row: previous + 1, column: column)) }
        return range == previousRange
    }

    private func startInitiative(
        row: Int, header: HeaderRow, context: Context, texts: [SparseRow<String>],
        result: inout Result
    ) -> InitiativeAssembly {
        let title = ImportText.title(texts.text(row, header.titleColumn))
        var statusText = texts.text(row, header.statusColumn)
        var status = statusText.isEmpty ? context.status : context.legend.status(of: statusText)
        var statusCell = header.statusColumn
        if header.statusColumn == nil, let marked = statusMark(row: row, header: header, texts: texts, result: &result) {
            (status, statusCell, statusText) = (marked.status, marked.column, "")
        }
        if !statusText.isEmpty, status == nil, let column = header.statusColumn {
            result.issues.append(
                PlanIssue(
                    .warning, .unknownStatus, at: location(row, column),
                    ja: "進捗「\(statusText)」を読めないため空にしました（凡例かプロファイルで意味を指定してください）",
                    en: "cannot read the status \"\(statusText)\"; left empty (give its meaning in a legend or a profile)"))
            status = nil
        }
        var initiative = Initiative(
            id: ImportText.nonBlank(texts.text(row, header.numberColumn)),
            section: ImportText.nonBlank(texts.text(row, header.sectionColumn)) ?? context.section,
            title: title,
            department: ImportText.nonBlank(texts.text(row, header.departmentColumn)) ?? context.department,
            status: status,
            delayReason: ImportText.nonBlank(texts.text(row, header.delayReasonColumn)),
            nextSteps: nil,
            source: SourceLocation(file: file, sheet: sheet.name, cell: reference(row, header.titleColumn)))
        if header.isTableLayout {
            initiative.nextSteps = ImportText.nonBlank(texts.text(row, header.nextStepsColumn))
        }
        var cells = InitiativeCells(sheet: sheet.name, title: reference(row, header.titleColumn))
        cells.status = statusCell.map { reference(row, $0) } ?? cells.title
        cells.delayReason =
            header.delayReasonColumn.map { reference(row, $0) }
            ?? header.actualColumns.first.map { reference(row, $0.column) }
        return InitiativeAssembly(initiative: initiative, cells: cells, titleRow: row, reference: reference)
    }

    /// Says that a row's figures were left out because its 区分 cell reads neither 目標 nor 実績, or its
    /// 年度 cell (years down the rows) names no fiscal year.
    private func warnLeftOut(
        _ leftOut: InitiativeAssembly.LeftOutFigures, row: Int, header: HeaderRow, texts: [SparseRow<String>],
        into result: inout Result
    ) {
        let cell = reference(row, leftOut.because)
        let text = texts.text(row, leftOut.because)
        let figures = leftOut.figures.map { reference(row, $0) }.joined(separator: ", ")
        let isKind = leftOut.because == header.rowKindColumn
        let (saysJa, saysEn) =
            text.isEmpty
            ? ("が空のため", "is empty")
            : isKind
                ? ("「\(text)」が目標でも実績でもないため", "says 「\(text)」, neither 目標 nor 実績")
                : ("「\(text)」が年度として読めないため", "says 「\(text)」, which is no fiscal year")
        result.issues.append(
            PlanIssue(
                .warning, isKind ? .unknownRowKind : .unknownRowYear, at: location(row, leftOut.because),
                ja: "\(isKind ? "区分" : "年度") \(cell) \(saysJa)、\(figures) の数値を取り込みませんでした",
                en: "\(isKind ? "row kind" : "fiscal year") \(cell) \(saysEn): the figures in \(figures) were not imported"))
    }

    /// The status a row's marks give (a mark under 順調 or 遅れ); nil when no mark column is filled. Marks
    /// under both kinds leave the status empty, with a warning naming the cells.
    private func statusMark(
        row: Int, header: HeaderRow, texts: [SparseRow<String>], result: inout Result
    ) -> (status: Status?, column: Int)? {
        let marked = header.statusMarkColumns.filter {
            let text = texts.text(row, $0.column)
            return !text.isEmpty && !ImportText.isEmptyMark(text)
        }
        guard let first = marked.first else { return nil }
        guard marked.allSatisfy({ $0.status == first.status }) else {
            let cells = marked.map { reference(row, $0.column) }.joined(separator: ", ")
            result.issues.append(
                PlanIssue(
                    .warning, .unknownStatus, at: location(row, first.column),
                    ja: "進捗の欄 \(cells) に順調と遅れの両方の印があるため空にしました",
                    en: "status marks in \(cells) say both on track and delayed; left empty"))
            return (nil, first.column)
        }
        return (first.status, first.column)
    }

    private func reference(_ row: Int, _ column: Int?) -> String {
        // `CellReference.description`, with the letters of the usual columns made once: a reference
        // is kept for every cell an initiative is read from.
        let column = column ?? 0
        guard column >= 0, column < Self.columnLetters.count else { return CellReference(row: row + 1, column: column).description }
        return Self.columnLetters[column] + String(row + 1)
    }

    /// The letters of columns A to ZZ.
    private static let columnLetters = (0..<702).map(CellReference.columnName)

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet.name, cell: reference(row, column))
    }
}

extension [SparseRow<String>] {
    /// The text at a zero-based row and an optional column of a sheet's trimmed texts, "" outside:
    /// what `SubmissionSheet.text(_:_:)` gives for the sheet they were read from, without trimming again.
    func text(_ row: Int, _ column: Int?) -> String {
        guard let column, row >= 0, row < count else { return "" }
        return self[row][column]
    }
}

extension SparseRow where Value == String {
    /// The text in an optional column, "" when the column is nil or holds nothing.
    subscript(safe column: Int?) -> String {
        guard let column else { return "" }
        return self[column]
    }
}
