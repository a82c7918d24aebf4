import PlanModel
import XLSX

/// One initiative being read: its rows (table layout) or its cells (free-text layout) become indicators.
struct InitiativeAssembly {
    var initiative: Initiative
    var cells: InitiativeCells
    /// The row its title was read from (zero-based).
    let titleRow: Int
    let reference: (Int, Int?) -> String
    private var indicators: [IndicatorBuilder] = []

    init(initiative: Initiative, cells: InitiativeCells, titleRow: Int, reference: @escaping (Int, Int?) -> String) {
        self.initiative = initiative
        self.cells = cells
        self.titleRow = titleRow
        self.reference = reference
    }

    /// The initiative with its indicators, and its cells.
    func build() -> ImportedInitiative {
        var initiative = initiative
        initiative.indicators = indicators.map { $0.build() }
        return ImportedInitiative(initiative: initiative, cells: cells)
    }

    // MARK: table layout

    /// Reads one row of the table layout: one indicator with a target and a result per fiscal-year column.
    mutating func addTableRow(_ row: Int, grid: SubmissionSheet, header: HeaderRow) {
        let name = grid.text(row, header.indicatorColumn)
        let targetTexts = header.targetColumns.map { (column: $0.column, year: $0.fiscalYear, text: grid.text(row, $0.column)) }
        let actualTexts = header.actualColumns.map { (column: $0.column, year: $0.fiscalYear, text: grid.text(row, $0.column)) }
        let hasFigures = targetTexts.contains { !$0.text.isEmpty } || actualTexts.contains { !$0.text.isEmpty }
        guard !name.isEmpty || hasFigures else { return }
        // The indicator's name may stand on the first line of a target cell, its years on the lines below.
        // Each target cell is split into blocks once, for this and for its figures below.
        let targetBlocks = targetTexts.map { $0.text.isEmpty ? [] : FreeTextCell.blocks($0.text) }
        let yearLines = targetBlocks.first { $0.count == 1 && !$0[0].entries.isEmpty }?.first
        let nameInCell = yearLines.flatMap { $0.name ?? $0.otherText }
        var indicator = IndicatorBuilder(name: name.isEmpty ? (nameInCell ?? initiative.title) : name)
        let unit = IndicatorBuilder.unitColumn(grid.text(row, header.unitColumn))
        // A unit in a figure column's header (`目標（件）`) stands in for a 単位 column.
        let headerUnit = (header.targetColumns + header.actualColumns).lazy.compactMap { header.units[$0.column] }.first
        indicator.columnUnit = unit.unit ?? headerUnit
        indicator.columnPeriod = unit.period
        let index = indicators.count
        cells.indicators[index] = reference(row, header.indicatorColumn ?? header.titleColumn)
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
            indicator.addTarget(fiscalYear: target.year, text: target.text,
                                quantity: IndicatorReader.targetFigure(ofLines: ImportText.lines(target.text)))
        }
        for actual in actualTexts {
            cells.actuals[IndicatorYear(indicator: index, fiscalYear: actual.year)] = reference(row, actual.column)
            guard !actual.text.isEmpty else { continue }
            indicator.addActual(fiscalYear: actual.year, text: actual.text,
                                quantity: IndicatorReader.resultFigure(of: actual.text))
        }
        indicators.append(indicator)
    }

    // MARK: free-text layout

    /// Reads the one row of an initiative in the free-text layout: indicators are the ○ blocks of the
    /// target cell, results the blocks of the result cell, revisions the year lines in 今後の取組等.
    mutating func addFreeTextRow(_ row: Int, grid: SubmissionSheet, header: HeaderRow) {
        let targetColumn = header.targetColumns.first
        let actualColumn = header.actualColumns.first
        // A target line without a year is for the year the sheet reports on (its result column).
        let reportYear = targetColumn?.fiscalYear ?? actualColumn?.fiscalYear
        if let targetColumn {
            readTargets(grid.text(row, targetColumn.column), defaultYear: reportYear,
                        cell: reference(row, targetColumn.column))
        }
        if let actualColumn {
            let cell = reference(row, actualColumn.column)
            let split = ResultCellText(grid.text(row, actualColumn.column))
            if let cause = split.delayReason, initiative.delayReason == nil { initiative.delayReason = cause }
            readActuals(split.result, fiscalYear: actualColumn.fiscalYear, cell: cell)
            if header.delayReasonColumn == nil { cells.delayReason = cell }
        }
        if let nextColumn = header.nextStepsColumn {
            let split = FreeTextCell.splitNextSteps(grid.text(row, nextColumn))
            initiative.nextSteps = split.prose
            readRevisions(split.revisions, cell: reference(row, nextColumn))
        }
    }

    private mutating func readTargets(_ text: String, defaultYear: Int?, cell: String) {
        for block in FreeTextCell.blocks(text) {
            var indicator = IndicatorBuilder(name: block.name ?? initiative.title)
            let index = indicators.count
            cells.indicators[index] = cell
            for entry in block.entries {
                indicator.addTarget(fiscalYear: entry.fiscalYear, text: entry.text, quantity: entry.quantity)
                cells.targets[IndicatorYear(indicator: index, fiscalYear: entry.fiscalYear)] = cell
            }
            if block.entries.isEmpty, let qualitative = block.otherText {
                indicator.addTarget(fiscalYear: defaultYear, text: qualitative,
                                    quantity: IndicatorReader.targetFigure(ofLines: ImportText.lines(qualitative)))
                cells.targets[IndicatorYear(indicator: index, fiscalYear: defaultYear)] = cell
            }
            indicators.append(indicator)
        }
    }

    private mutating func readActuals(_ text: String, fiscalYear: Int?, cell: String) {
        let sections = CellBlockSplitter.split(text)
        for section in sections {
            let body = section.text
            let index: Int
            // Only a heading names a result section; a headless one fills the next indicator.
            if section.heading != nil, let name = section.name {
                if let found = indicators.firstIndex(where: { $0.isNamed(name) }) {
                    index = found
                } else if let free = indicators.firstIndex(where: { $0.actuals.isEmpty }), sections.count == indicators.count {
                    index = free
                } else {
                    indicators.append(IndicatorBuilder(name: name))
                    index = indicators.count - 1
                }
            } else if let free = indicators.firstIndex(where: { $0.actuals.isEmpty }) {
                index = free
            } else {
                indicators.append(IndicatorBuilder(name: initiative.title))
                index = indicators.count - 1
            }
            if cells.indicators[index] == nil { cells.indicators[index] = cell }
            // Every indicator with targets has a place for its result, filled or not.
            guard !body.isEmpty else { continue }
            indicators[index].addActual(fiscalYear: fiscalYear, text: body,
                                        quantity: IndicatorReader.resultFigure(of: body))
        }
        for index in indicators.indices {
            cells.actuals[IndicatorYear(indicator: index, fiscalYear: fiscalYear)] = cell
        }
    }

    private mutating func readRevisions(_ text: String, cell: String) {
        for block in FreeTextCell.blocks(text) {
            for entry in block.entries {
                let quantity = entry.quantity
                let name = block.name ?? quantity.indicatorName
                let index: Int
                if let name, let found = indicators.firstIndex(where: { $0.isNamed(name) }) {
                    index = found
                } else if let name {
                    indicators.append(IndicatorBuilder(name: name))
                    index = indicators.count - 1
                } else if indicators.count == 1 {
                    index = 0
                } else {
                    indicators.append(IndicatorBuilder(name: initiative.title))
                    index = indicators.count - 1
                }
                indicators[index].addTarget(fiscalYear: entry.fiscalYear, text: entry.text, quantity: quantity)
                cells.targets[IndicatorYear(indicator: index, fiscalYear: entry.fiscalYear)] = cell
                if cells.indicators[index] == nil { cells.indicators[index] = cell }
            }
        }
    }
}
