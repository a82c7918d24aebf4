import PlanModel
import XLSX

/// Reads the initiatives of one sheet: finds its header rows (one per block), follows the title
/// lines between blocks, and reads each data row in the layout its header shows.
struct SheetImporter {
    /// What a sheet gave.
    struct Result {
        var initiatives: [ImportedInitiative] = []
        var issues: [PlanIssue] = []
        /// Why the sheet holds no plan, when it does not.
        var skipReason: (ja: String, en: String)?
    }

    let file: String
    let sheet: SubmissionSheet
    /// The department known before the sheet is read (cover sheet, option, file name), lowest priority first.
    let fallbackDepartment: String?
    let options: ImportOptions

    /// The block context that title lines set.
    private struct Context {
        var section: String?
        var status: Status?
        var department: String?
    }

    func read() -> Result {
        var result = Result()
        let grid = sheet.fillingMergedRanges()
        let texts = grid.rows.map { $0.map { ImportText.trimmed(ImportText.text(of: $0)) } }
        var context = Context()
        var header: HeaderRow?
        var current: InitiativeAssembly?

        func flush() {
            if let assembly = current { result.initiatives.append(assembly.build()) }
            current = nil
        }

        for (row, cells) in texts.enumerated() {
            let filled = cells.enumerated().filter { !$0.element.isEmpty }
            if filled.isEmpty { continue }
            if header != nil || row < options.headerSearchRows, var found = HeaderRow.recognise(cells, row: row) {
                flush()
                // A two-row header: `Ｒ２年度` merged over `目標 | 実績` in the row below.
                if row > 0 { found.takeFiscalYears(fromRowAbove: texts[row - 1]) }
                header = found
                for unknown in found.unknownColumns {
                    result.issues.append(PlanIssue(.warning, .unknownColumn, at: location(row, unknown.column),
                        ja: "不明な列「\(unknown.text)」は読み飛ばしました",
                        en: "unknown column \"\(unknown.text)\" was skipped"))
                }
                continue
            }
            guard let header else {
                if filled.count == 1 { apply(BlockTitle.parse(filled[0].element), to: &context) }
                continue
            }
            let titleText = cells[safe: header.titleColumn]
            if filled.count == 1, filled[0].offset != header.indicatorColumn {
                // A lone cell is a title line (（２）…, ２ 遅れが生じている取組, 所管：…) unless it is an
                // initiative's title with nothing else filled in.
                let title = BlockTitle.parse(filled[0].element)
                if title != .other || filled[0].offset != header.titleColumn {
                    flush()
                    apply(title, to: &context)
                    continue
                }
            }
            let number = cells[safe: header.numberColumn]
            // The template's example row (番号 記入例) is an illustration, not an initiative.
            if ["記入例", "例"].contains(MatchingKey(number).rawValue) { continue }
            if header.isTableLayout {
                let startsInitiative = !titleText.isEmpty && (current.map {
                    ImportText.title(grid.text(row, header.titleColumn)) != $0.initiative.title
                        || number != ($0.initiative.id ?? "")
                        || !sameMergedTitle(row: row, column: header.titleColumn, previous: $0.titleRow)
                } ?? true)
                if startsInitiative {
                    flush()
                    current = startInitiative(row: row, header: header, context: context, grid: grid)
                }
                current?.addTableRow(row, grid: grid, header: header)
            } else {
                guard !titleText.isEmpty else { continue }
                flush()
                var assembly = startInitiative(row: row, header: header, context: context, grid: grid)
                assembly.addFreeTextRow(row, grid: grid, header: header)
                result.initiatives.append(assembly.build())
            }
        }
        flush()
        if header == nil {
            result.skipReason = ("先頭\(options.headerSearchRows)行に見出し行（取組項目と目標・実績）がありません",
                                 "no header row (取組項目 with 目標 or 実績) in the first \(options.headerSearchRows) rows")
        }
        for index in result.initiatives.indices where result.initiatives[index].initiative.department == nil {
            result.initiatives[index].initiative.department = context.department ?? fallbackDepartment
        }
        return result
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

    private func startInitiative(row: Int, header: HeaderRow, context: Context, grid: SubmissionSheet) -> InitiativeAssembly {
        let title = ImportText.title(grid.text(row, header.titleColumn))
        let statusText = grid.text(row, header.statusColumn)
        var initiative = Initiative(
            id: ImportText.nonBlank(grid.text(row, header.numberColumn)),
            section: ImportText.nonBlank(grid.text(row, header.sectionColumn)) ?? context.section,
            title: title,
            department: ImportText.nonBlank(grid.text(row, header.departmentColumn)) ?? context.department,
            status: Status(text: statusText) ?? context.status,
            delayReason: ImportText.nonBlank(grid.text(row, header.delayReasonColumn)),
            nextSteps: nil,
            source: SourceLocation(file: file, sheet: sheet.name, cell: reference(row, header.titleColumn)))
        if header.isTableLayout {
            initiative.nextSteps = ImportText.nonBlank(grid.text(row, header.nextStepsColumn))
        }
        var cells = InitiativeCells(sheet: sheet.name, title: reference(row, header.titleColumn))
        cells.status = header.statusColumn.map { reference(row, $0) } ?? cells.title
        cells.delayReason = header.delayReasonColumn.map { reference(row, $0) }
            ?? header.actualColumns.first.map { reference(row, $0.column) }
        return InitiativeAssembly(initiative: initiative, cells: cells, titleRow: row, reference: reference)
    }

    private func reference(_ row: Int, _ column: Int?) -> String {
        CellReference(row: row + 1, column: column ?? 0).description
    }

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet.name, cell: reference(row, column))
    }
}

extension Array where Element == String {
    /// The element at an optional index, "" when the index is nil or outside the array.
    subscript(safe index: Int?) -> String {
        guard let index, index >= 0, index < count else { return "" }
        return self[index]
    }
}
