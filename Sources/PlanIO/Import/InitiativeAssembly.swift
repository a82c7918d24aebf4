import PlanModel
import XLSX

/// One initiative being read: its rows (table layout) or its cells (free-text layout) become indicators.
struct InitiativeAssembly {
    var initiative: Initiative
    var cells: InitiativeCells
    /// The row its title was read from (zero-based).
    let titleRow: Int
    let reference: (Int, Int?) -> String
    /// The table layout's indicators, row by row.
    private var indicators: [IndicatorBuilder] = []
    /// The free-text layout's indicators, read whole by PlanModel's `IndicatorReader`.
    private var built: [Indicator] = []

    init(initiative: Initiative, cells: InitiativeCells, titleRow: Int, reference: @escaping (Int, Int?) -> String) {
        self.initiative = initiative
        self.cells = cells
        self.titleRow = titleRow
        self.reference = reference
    }

    /// The initiative with its indicators, and its cells.
    func build() -> ImportedInitiative {
        var initiative = initiative
        initiative.indicators = built + indicators.map { $0.build() }
        return ImportedInitiative(initiative: initiative, cells: cells)
    }

    // MARK: table layout

    /// Figures of a row that were left out, and the column of the cell that left them out: a 区分 cell
    /// saying neither 目標 nor 実績, or a 年度 cell (years down the rows) naming no fiscal year.
    struct LeftOutFigures: Equatable {
        /// The 区分 or 年度 column.
        let because: Int
        /// The columns whose figures were left out.
        let figures: [Int]
    }

    /// Reads one row of the table layout: one indicator with a target and a result per fiscal-year column
    /// (or, with years down the rows, that row's year of the indicator named above it). Returns the
    /// figures left out because a 区分 or 年度 cell could not be read, for the caller to say so.
    @discardableResult
    mutating func addTableRow(_ row: Int, texts: [SparseRow<String>], header: HeaderRow) -> LeftOutFigures? {
        let name = texts.text(row, header.indicatorColumn)
        // (Each list is sorted out of the header's roles when asked: asked once per row here.)
        let targetColumns = header.targetColumns
        let actualColumns = header.actualColumns
        // `－` or `―` in a year's cell says that year has nothing: no target, not a qualitative one.
        var targetTexts = targetColumns.map {
            (column: $0.column, year: $0.fiscalYear, text: ImportText.figureText(texts.text(row, $0.column)))
        }
        var actualTexts = actualColumns.map {
            (column: $0.column, year: $0.fiscalYear, text: ImportText.figureText(texts.text(row, $0.column)))
        }
        if !header.upperAndLowerLines.isEmpty {
            targetTexts = targetTexts.map { ($0.column, $0.year, Self.labelledLines($0.text, header.upperAndLowerLines[$0.column])) }
            actualTexts = actualTexts.map { ($0.column, $0.year, Self.labelledLines($0.text, header.upperAndLowerLines[$0.column])) }
        }
        Self.splitTargetResultCells(targets: &targetTexts, actuals: &actualTexts)
        var leftOut: LeftOutFigures?
        if let kindColumn = header.rowKindColumn {
            // The alternating layout: a 実績 row gives the results of the indicator of the 目標 row above.
            switch RowKind(cell: texts.text(row, kindColumn)) {
            case .target: break
            case .result:
                if addResultRow(name: name, figures: targetTexts, row: row) { return nil }
                // A 実績 row of an indicator not above it: its figures are still results, never targets.
                actualTexts += targetTexts
                targetTexts = targetTexts.map { ($0.column, $0.year, "") }
            case nil:
                // Neither kind: the figures are not guessed to be targets or results.
                let figures = targetTexts.filter { !$0.text.isEmpty }.map(\.column)
                if !figures.isEmpty { leftOut = LeftOutFigures(because: kindColumn, figures: figures) }
                targetTexts = targetTexts.map { ($0.column, $0.year, "") }
            }
        }
        if let yearColumn = header.rowYearColumn {
            // Years down the rows: the row's 年度 cell is the year of every figure; without one, the
            // figures are left out rather than filed under no year.
            if let year = RowYear.year(of: texts.text(row, yearColumn)) {
                targetTexts = targetTexts.map { ($0.column, $0.year ?? year, $0.text) }
                actualTexts = actualTexts.map { ($0.column, $0.year ?? year, $0.text) }
            } else {
                let figures = (targetTexts + actualTexts).filter { !$0.text.isEmpty }.map(\.column)
                if !figures.isEmpty { leftOut = LeftOutFigures(because: yearColumn, figures: figures) }
                targetTexts = targetTexts.map { ($0.column, $0.year, "") }
                actualTexts = actualTexts.map { ($0.column, $0.year, "") }
            }
        }
        if let yearColumn = header.targetYearColumn, let year = FiscalYear(texts.text(row, yearColumn))?.startYear {
            // A final target with its year beside it (目標年度): the year of the targets whose header names none.
            targetTexts = targetTexts.map { ($0.column, $0.year ?? year, $0.text) }
        }
        let hasFigures = targetTexts.contains { !$0.text.isEmpty } || actualTexts.contains { !$0.text.isEmpty }
        guard !name.isEmpty || hasFigures else { return leftOut }
        // The indicator's name may stand on the first line of a target cell, its years on the lines below.
        // Each target cell is split into blocks once, for this and for its figures below.
        // Only a block with year entries (`Ｒ２年度：…`, a line with a colon) is read from them below,
        // so a cell without a colon is not split at all.
        let targetBlocks = targetTexts.map { Self.mayHoldYearEntries($0.text) ? FreeTextCell.blocks($0.text) : [] }
        let yearLines = targetBlocks.first { $0.count == 1 && !$0[0].entries.isEmpty }?.first
        let nameInCell = yearLines.flatMap { $0.name ?? $0.otherText }
        // Years down the rows: a row naming the indicator above again (or none) is its next year.
        let continuesAbove =
            header.rowYearColumn != nil && indicators.last.map { name.isEmpty || $0.name == name } == true
        var indicator: IndicatorBuilder
        if continuesAbove {
            indicator = indicators.removeLast()
        } else {
            indicator = IndicatorBuilder(name: name.isEmpty ? (nameInCell ?? initiative.title) : name)
            let unit = IndicatorBuilder.unitColumn(texts.text(row, header.unitColumn))
            // A unit in a figure column's header (`目標（件）`) stands in for a 単位 column.
            let headerUnit = (targetColumns + actualColumns).lazy.compactMap { header.units[$0.column] }.first
            // A unit in brackets after the indicator's name (`利用枚数（枚）`) when no column gives one.
            indicator.columnUnit = unit.unit ?? headerUnit ?? HeaderText.trailingUnit(of: indicator.name)
            indicator.columnPeriod = unit.period
        }
        let index = built.count + indicators.count
        if !continuesAbove { cells.indicators[index] = reference(row, header.indicatorColumn ?? header.titleColumn) }
        for (target, blocks) in zip(targetTexts, targetBlocks) {
            let key = IndicatorYear(indicator: index, fiscalYear: target.year)
            cells.targets[key] = reference(row, target.column)
            guard !target.text.isEmpty else { continue }
            if blocks.count == 1, !blocks[0].entries.isEmpty {
                // `Ｒ２年度：…` lines: each names its own year.
                for entry in blocks[0].entries {
                    indicator.addTarget(fiscalYear: entry.fiscalYear, text: entry.text, quantity: entry.quantity)
                    cells.targets[IndicatorYear(indicator: index, fiscalYear: entry.fiscalYear)] = reference(row, target.column)
                }
                continue
            }
            indicator.addTarget(
                fiscalYear: target.year, text: target.text,
                quantity: IndicatorReader.targetFigure(ofLines: ImportText.lines(target.text)))
        }
        for actual in actualTexts {
            cells.actuals[IndicatorYear(indicator: index, fiscalYear: actual.year)] = reference(row, actual.column)
            guard !actual.text.isEmpty else { continue }
            if actual.year == nil, let lines = Self.yearLines(actual.text) {
                // `2020（R2）：51業務` lines under a 実績 header without a year: each names its own year.
                for (year, line) in lines {
                    cells.actuals[IndicatorYear(indicator: index, fiscalYear: year)] = reference(row, actual.column)
                    indicator.addActual(fiscalYear: year, text: line, quantity: IndicatorReader.resultFigure(of: line))
                }
                continue
            }
            indicator.addActual(
                fiscalYear: actual.year, text: actual.text,
                quantity: IndicatorReader.resultFigure(of: actual.text))
        }
        indicators.append(indicator)
        return leftOut
    }

    /// Files the year figures of a 実績 row (the alternating layout) as results of the indicator above,
    /// when the row names it again (a merged or repeated name) or names none; false when it names
    /// another indicator or there is none above.
    private mutating func addResultRow(name: String, figures: [(column: Int, year: Int?, text: String)], row: Int) -> Bool {
        guard let last = indicators.indices.last, name.isEmpty || indicators[last].name == name else { return false }
        let index = built.count + last
        for figure in figures {
            cells.actuals[IndicatorYear(indicator: index, fiscalYear: figure.year)] = reference(row, figure.column)
            guard !figure.text.isEmpty else { continue }
            indicators[last].addActual(
                fiscalYear: figure.year, text: figure.text, quantity: IndicatorReader.resultFigure(of: figure.text))
        }
        return true
    }

    /// The lines of a result cell when every one starts with its fiscal year and a colon (`Ｒ２年度：51業務`,
    /// `2020（R2）：51業務`), each with its year; nil for any other cell.
    private static func yearLines(_ text: String) -> [(year: Int, line: String)]? {
        guard mayHoldYearEntries(text) else { return nil }
        var found: [(year: Int, line: String)] = []
        for line in ImportText.lines(text) where !line.isEmpty {
            guard let year = FreeTextCell.linePrefixYear(line) else { return nil }
            found.append((year, line))
        }
        return found.isEmpty ? nil : found
    }

    /// Whether a cell may hold `年度：` lines (`FreeTextCell.linePrefixYear(_:)` needs a colon, and
    /// block lines keep the cell's own characters).
    private static func mayHoldYearEntries(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == ":" || $0 == "：" }
    }

    /// A cell of a column whose header says `上段：目標／下段：実績`, with the labels it leaves out written
    /// in (`50以上` / `51` → `目標：50以上` / `実績：51`), for ``splitTargetResultCells(targets:actuals:)``;
    /// a cell of one line is the upper figure alone. Other cells are returned as they are. (An empty mark
    /// in either line is read as blank by the split, like any labelled part.)
    private static func labelledLines(_ text: String, _ upperIsTarget: Bool?) -> String {
        guard let upperIsTarget, !text.isEmpty, TargetResultCell(text) == nil else { return text }
        let (upper, lower) = upperIsTarget ? ("目標：", "実績：") : ("実績：", "目標：")
        let lines = ImportText.lines(text)
        let rest = ImportText.joined(Array(lines.dropFirst()))
        return upper + lines[0] + (rest.isEmpty ? "" : "\n" + lower + rest)
    }

    /// A year's cell holding `目標：…` and `実績：…` (`TargetResultCell`), under a target or a result
    /// header, gives that year's target and result each from its own part.
    private static func splitTargetResultCells(
        targets: inout [(column: Int, year: Int?, text: String)],
        actuals: inout [(column: Int, year: Int?, text: String)]
    ) {
        var foundTargets: [(column: Int, year: Int?, text: String)] = []
        var foundActuals: [(column: Int, year: Int?, text: String)] = []
        for index in targets.indices {
            guard let cell = TargetResultCell(targets[index].text) else { continue }
            targets[index].text = ImportText.figureText(cell.target)
            // A cell with one label (`目標 60業務`, a year not yet reported) gives no other part.
            if !cell.result.isEmpty { foundActuals.append((targets[index].column, targets[index].year, ImportText.figureText(cell.result))) }
        }
        for index in actuals.indices {
            guard let cell = TargetResultCell(actuals[index].text) else { continue }
            actuals[index].text = ImportText.figureText(cell.result)
            if !cell.target.isEmpty { foundTargets.append((actuals[index].column, actuals[index].year, ImportText.figureText(cell.target))) }
        }
        guard !foundTargets.isEmpty || !foundActuals.isEmpty else { return }
        // A year that has a column of its own keeps it; the labelled part fills only what is missing.
        for found in foundTargets where !targets.contains(where: { $0.year == found.year && !$0.text.isEmpty }) {
            targets.append(found)
        }
        for found in foundActuals where !actuals.contains(where: { $0.year == found.year && !$0.text.isEmpty }) {
            actuals.append(found)
        }
    }

    // MARK: free-text layout

    /// Reads the one row of an initiative in the free-text layout through PlanModel's one free-text
    /// reader (`IndicatorReader`): indicators are the ○ blocks of the target cell, results the blocks
    /// of the result cell, revisions the year lines in 今後の取組等; this files each under its cell.
    mutating func addFreeTextRow(_ row: Int, texts: [SparseRow<String>], header: HeaderRow) {
        let targetColumn = header.targetColumns.first
        let actualColumn = header.actualColumns.first
        let nextColumn = header.nextStepsColumn
        // A target line without a year is for the year the sheet reports on (its result column).
        let reportYear = (targetColumn?.fiscalYear ?? actualColumn?.fiscalYear).map(FiscalYear.init)
        let split = nextColumn.map { FreeTextCell.splitNextSteps(texts.text(row, $0)) }
        let reading = IndicatorReader.read(
            targetText: targetColumn.map { texts.text(row, $0.column) } ?? "",
            resultText: actualColumn.map { texts.text(row, $0.column) },
            resultYear: actualColumn?.fiscalYear.map(FiscalYear.init), targetYear: reportYear,
            revisionsText: split?.revisions, initiativeTitle: initiative.title)
        if let cause = reading.delayReason, initiative.delayReason == nil { initiative.delayReason = cause }
        // A continuation row (the next indicator of the initiative) leaves what the first row said.
        if let prose = split?.prose { initiative.nextSteps = prose }
        if actualColumn != nil, header.delayReasonColumn == nil {
            cells.delayReason = actualColumn.map { reference(row, $0.column) }
        }
        func cell(_ part: IndicatorReading.Part) -> String? {
            switch part {
            case .target: return targetColumn.map { reference(row, $0.column) }
            case .result: return actualColumn.map { reference(row, $0.column) }
            case .revisions: return nextColumn.map { reference(row, $0) }
            }
        }
        for (indicator, origin) in zip(reading.indicators, reading.origins) {
            let index = built.count
            built.append(indicator)
            cells.indicators[index] = cell(origin.namedIn)
            for (year, part) in origin.targets { cells.targets[IndicatorYear(indicator: index, fiscalYear: year)] = cell(part) }
            if origin.hasResultText {
                cells.actuals[IndicatorYear(indicator: index, fiscalYear: actualColumn?.fiscalYear)] = cell(.result)
            }
        }
    }
}
