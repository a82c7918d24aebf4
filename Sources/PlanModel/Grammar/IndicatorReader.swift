/// Reads the free-text target (目標), result (実績) and revision (今後の取組等) texts of one
/// initiative into indicators: the one free-text reader, used by `plansheet import` for the
/// free-text layout, by the seed tests and by the benchmark (DOMAIN-PARSER.md).
///
/// Each target block (``FreeTextCell``) is an indicator with one target per `Ｒ２年度：` entry (a
/// block without entries is one qualitative target). A result block with a heading goes to the
/// indicator it names (``MatchingKey/namesIndicator(_:called:)``), or, when there are as many
/// result blocks as indicators, to the first without a result; a headless result block fills the
/// next indicator without a result. Revisions (`Ｒ３年度：２万→6.7万枚`) replace the target of their
/// year in the indicator their heading or label names.
public enum IndicatorReader {
    /// Reads one initiative's texts.
    /// - Parameters:
    ///   - targetText: the target cell (目標): ○ or numbered blocks with `Ｒ２年度：` lines.
    ///   - resultText: the result cell (実績), with any `【遅れが生じている要因】` part; nil when there is none.
    ///   - resultYear: the year of the result column (`Ｒ２年度実績` → FY2020).
    ///   - targetYear: the year of a target written without one (the year the sheet reports on).
    ///   - revisionsText: the revisions part of the next-steps cell (``FreeTextCell/splitNextSteps(_:)``).
    ///   - initiativeTitle: the name of a block without a heading; without it, the block's figure label.
    /// - Returns: the indicators read, the cause of a delay, and where each value came from.
    public static func read(
        targetText: String, resultText: String? = nil, resultYear: FiscalYear? = nil,
        targetYear: FiscalYear? = nil, revisionsText: String? = nil,
        initiativeTitle: String? = nil
    ) -> IndicatorReading {
        var reader = Reader(title: initiativeTitle)
        reader.readTargets(targetText, defaultYear: targetYear?.startYear)
        let resultCell = ResultCellText(resultText ?? "")
        if resultText != nil { reader.readActuals(resultCell.result, fiscalYear: resultYear?.startYear) }
        if let revisionsText { reader.readRevisions(revisionsText) }
        return IndicatorReading(
            indicators: reader.indicators.map { $0.build() }, delayReason: resultCell.delayReason,
            origins: reader.origins)
    }

    /// The indicators being read, with where each came from.
    private struct Reader {
        let title: String?
        var indicators: [IndicatorBuilder] = []
        var origins: [IndicatorReading.Origin] = []
        /// Indicators named by the title or a label, not by a heading: a result heading may name them.
        var unnamed: Set<Int> = []

        init(title: String?) { self.title = title }

        mutating func add(_ name: String?, label: String? = nil, from part: IndicatorReading.Part) -> Int {
            indicators.append(IndicatorBuilder(name: name ?? title ?? label ?? ""))
            origins.append(IndicatorReading.Origin(namedIn: part))
            if name == nil { unnamed.insert(indicators.count - 1) }
            return indicators.count - 1
        }

        mutating func readTargets(_ text: String, defaultYear: Int?) {
            for block in FreeTextCell.blocks(text) {
                let index = add(block.name, label: block.figureLabel ?? block.otherText, from: .target)
                for entry in block.entries {
                    indicators[index].addTarget(fiscalYear: entry.fiscalYear, text: entry.text, quantity: entry.quantity)
                    origins[index].targets[entry.fiscalYear] = .target
                }
                if block.entries.isEmpty, let qualitative = block.otherText {
                    indicators[index].addTarget(
                        fiscalYear: defaultYear, text: qualitative,
                        quantity: targetFigure(ofLines: CellText.lines(qualitative)))
                    origins[index].targets[defaultYear] = .target
                }
            }
        }

        mutating func readActuals(_ text: String, fiscalYear: Int?) {
            let sections = CellBlockSplitter.split(text)
            for section in sections {
                let index: Int
                // Only a heading names a result section; a headless one fills the next indicator.
                if section.heading != nil, let name = section.name {
                    if let found = indicators.firstIndex(where: { $0.isNamed(name) }) {
                        index = found
                    } else if let free = indicators.firstIndex(where: { $0.actuals.isEmpty }), sections.count == indicators.count {
                        index = free
                        // A statement target without a heading (`職員が創造的な…`) is measured by what
                        // the result's heading names (`○庁内定型業務等の集約`).
                        if unnamed.remove(free) != nil { indicators[free].name = name }
                    } else {
                        index = add(name, from: .result)
                    }
                } else if let free = indicators.firstIndex(where: { $0.actuals.isEmpty }) {
                    index = free
                } else {
                    index = add(nil, label: section.name, from: .result)
                }
                guard !section.text.isEmpty else { continue }
                for (year, text, figure) in IndicatorReader.results(of: section, fiscalYear: fiscalYear) {
                    indicators[index].addActual(fiscalYear: year, text: text, quantity: figure)
                }
            }
            // Every indicator with targets has a place for its result, filled or not.
            for index in origins.indices { origins[index].hasResultText = true }
        }

        mutating func readRevisions(_ text: String) {
            for block in FreeTextCell.blocks(text) {
                for entry in block.entries {
                    let quantity = entry.quantity
                    let name = block.name ?? quantity.indicatorName
                    let index: Int
                    if let name, let found = indicators.firstIndex(where: { $0.isNamed(name) }) {
                        index = found
                    } else if let name {
                        index = add(name, from: .revisions)
                    } else if indicators.count == 1 {
                        index = 0
                    } else {
                        index = add(nil, from: .revisions)
                    }
                    indicators[index].addTarget(fiscalYear: entry.fiscalYear, text: entry.text, quantity: quantity)
                    origins[index].targets[entry.fiscalYear] = .revisions
                }
            }
        }
    }
}

extension IndicatorReader {
    /// The results of one result block: one per fiscal year its own figures name (`Ｒ元年度：8件` /
    /// `Ｒ２年度：12件`), a figure without a year in the result column's year. When there is one year,
    /// the result keeps the whole block's text (remarks such as `（期間限定の緊急応援枠40件を含む）`)
    /// and its first own figure (``resultFigure(of:)``); a block without figures is one qualitative result.
    static func results(of block: IndicatorBlock, fiscalYear: Int?) -> [(fiscalYear: Int?, text: String, figure: ParsedExpression)] {
        let figures = block.ownFigures
        var years: [Int?] = []
        for figure in figures {
            let year = figure.fiscalYear?.startYear ?? fiscalYear
            if !years.contains(year) { years.append(year) }
        }
        guard years.count > 1 else {
            return [(fiscalYear, block.text, figures.first ?? ParsedExpression(text: block.text))]
        }
        return years.compactMap { year in
            figures.first { ($0.fiscalYear?.startYear ?? fiscalYear) == year }.map { (year, $0.text, $0) }
        }
    }
}
