/// Reads the free-text target (目標) and result (実績) cells of one initiative into indicators.
///
/// Each cell is split into blocks (``CellBlockSplitter``); a target block and a result block
/// are the same indicator when their names have the same ``MatchingKey``, else when one
/// name contains the other (`新たな連携事業の推進` and `新たな連携事業：109事業／年`), else,
/// when the blocks left over are as many on both sides, in the order written.
public enum IndicatorReader {
    /// Reads one initiative's cells. `resultYear` is the year of the result column
    /// (`Ｒ２年度実績` → FY2020); a result line that names its own year keeps it.
    public static func read(targetText: String, resultText: String? = nil,
                            resultYear: FiscalYear? = nil) -> IndicatorReading {
        let targetBlocks = CellBlockSplitter.split(targetText)
        let resultCell = ResultCellText(resultText ?? "")
        let resultBlocks = CellBlockSplitter.split(resultCell.result)
        let pairs = pair(targetBlocks, resultBlocks)
        let indicators = pairs.map { pair in
            indicator(target: pair.target.map { targetBlocks[$0] }, result: pair.result.map { resultBlocks[$0] },
                      resultYear: resultYear)
        }
        return IndicatorReading(indicators: indicators, delayReason: resultCell.delayReason)
    }

    /// Pairs target blocks with result blocks; unmatched blocks pair with nil.
    static func pair(_ targets: [IndicatorBlock], _ results: [IndicatorBlock]) -> [(target: Int?, result: Int?)] {
        let targetKeys = targets.map { MatchingKey($0.name ?? "") }
        let resultKeys = results.map { MatchingKey($0.name ?? "") }
        var resultFor = [Int?](repeating: nil, count: targets.count)
        var taken = Set<Int>()
        let rules: [(MatchingKey, MatchingKey) -> Bool] = [
            { $0 == $1 && !$0.isEmpty },
            { $0.contains($1) || $1.contains($0) },
        ]
        for rule in rules {
            for (targetIndex, targetKey) in targetKeys.enumerated() where resultFor[targetIndex] == nil {
                if let match = resultKeys.indices.first(where: { !taken.contains($0) && rule(targetKey, resultKeys[$0]) }) {
                    resultFor[targetIndex] = match
                    taken.insert(match)
                }
            }
        }
        let leftoverTargets = targets.indices.filter { resultFor[$0] == nil }
        let leftoverResults = results.indices.filter { !taken.contains($0) }
        if leftoverTargets.count == leftoverResults.count {
            for (targetIndex, resultIndex) in zip(leftoverTargets, leftoverResults) {
                resultFor[targetIndex] = resultIndex
                taken.insert(resultIndex)
            }
        }
        var pairs: [(target: Int?, result: Int?)] = targets.indices.map { ($0, resultFor[$0]) }
        for resultIndex in results.indices where !taken.contains(resultIndex) { pairs.append((nil, resultIndex)) }
        return pairs
    }

    static func indicator(target: IndicatorBlock?, result: IndicatorBlock?, resultYear: FiscalYear?) -> Indicator {
        let figures = (target?.figures ?? []) + (result?.ownFigures ?? [])
        let direction = figures.lazy.compactMap(\.direction).first ?? .increase
        let name = target?.name ?? result?.name
            ?? (target?.lines.first ?? result?.lines.first).flatMap { TextScan.label($0.text) } ?? ""
        return Indicator(
            name: name,
            unit: figures.lazy.compactMap(\.unit).first,
            period: figures.lazy.compactMap(\.period).first,
            direction: direction,
            targets: target.map(targets(from:)) ?? [],
            actuals: result.map { actuals(from: $0, resultYear: resultYear) } ?? []
        )
    }

    /// One target per figure line, in the year of its own label or of the `Ｒ３年度：` line above it.
    static func targets(from block: IndicatorBlock) -> [Target] {
        var targets: [Target] = []
        var headingYear: FiscalYear?
        for line in block.lines {
            if line.isFiscalYearHeading {
                headingYear = line.fiscalYear
                continue
            }
            let year = line.fiscalYear ?? headingYear
            if let value = line.value {
                targets.append(Target(fiscalYear: year?.startYear, value: value, comparator: line.comparator ?? .atLeast,
                                      approximate: line.approximate, revisedFrom: line.revisedFrom, text: line.text))
            } else if let year {
                targets.append(Target(fiscalYear: year.startYear, value: nil, text: line.text))
            }
        }
        if targets.isEmpty {
            // A target without figures is the statement itself (`全新規事業の立案にＥＢＰＭの手法を導入`).
            let text = block.lines.isEmpty ? (block.heading ?? "") : block.text
            if !text.isEmpty { targets.append(Target(fiscalYear: nil, value: nil, text: text)) }
        }
        return targets
    }

    /// The results of a block: one per year written; when the block holds one figure, that
    /// result keeps the whole block's text (remarks such as `（期間限定の緊急応援枠40件を含む）`).
    static func actuals(from block: IndicatorBlock, resultYear: FiscalYear?) -> [Actual] {
        let figures = block.ownFigures
        guard !figures.isEmpty else {
            return block.lines.isEmpty ? [] : [Actual(fiscalYear: resultYear?.startYear, value: nil, text: block.text)]
        }
        var years: [FiscalYear?] = []
        for figure in figures where !years.contains(figure.fiscalYear ?? resultYear) {
            years.append(figure.fiscalYear ?? resultYear)
        }
        return years.compactMap { year in
            guard let figure = figures.first(where: { ($0.fiscalYear ?? resultYear) == year }) else { return nil }
            return Actual(fiscalYear: year?.startYear, value: figure.value, approximate: figure.approximate,
                          text: years.count == 1 ? block.text : figure.text)
        }
    }
}
