import PlanModel
import SharedText

extension History {
    /// The history JSON (`"schema": "plansheet.history/1"`): keys in a fixed order, one indicator per line.
    public func jsonText() -> String {
        var out = "{\n  \"schema\": \"\(Self.schema)\",\n  \"versions\": "
        out += OrderedJSON.array(versions.map { OrderedJSON.string($0) }).serialized(pretty: false) + ",\n  \"indicators\": ["
        for (index, entry) in indicators.enumerated() {
            out += (index == 0 ? "\n    " : ",\n    ") + entry.orderedJSON.serialized(pretty: false)
        }
        out += indicators.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// CSV (RFC 4180, CRLF): one row per indicator and fiscal year, with the revisions of that year's target;
    /// `escapingFormulas` defuses text that a spreadsheet would run (``DiffCSVRenderer/escapesFormulas``).
    public func csvText(escapingFormulas: Bool = false) -> String {
        let header = [
            "initiative", "department", "indicator", "unit", "direction", "fiscalYear", "target", "targetText",
            "actual", "actualText", "achievement", "trend", "revisions",
        ]
        var out = header.joined(separator: ",") + "\r\n"
        for entry in indicators {
            for year in entry.years {
                let revisions = entry.revisions.filter { $0.fiscalYear == year.fiscalYear }.map { $0.summary(unit: entry.unit) }.joined(separator: "; ")
                let cells: [CSVCell] = [
                    .text(entry.initiative), .text(entry.department), .text(entry.indicator), .text(entry.unit),
                    .text(entry.direction.rawValue), .figure(String(year.fiscalYear)), .figure(year.target.map(PlanNumber.plain)),
                    .text(year.targetText), .figure(year.actual.map(PlanNumber.plain)), .text(year.actualText),
                    .figure(year.achievement.map(PlanNumber.plain)), .text(entry.trend?.rawValue), .text(revisions),
                ]
                out += CSVCell.line(cells, escapingFormulas: escapingFormulas)
            }
        }
        return out
    }

    /// An aligned table per indicator: 年度, 目標, 実績, 達成率, then the revisions.
    public func text() -> String {
        var out = "推移: " + versions.joined(separator: " → ") + " (\(indicators.count) 指標)\n"
        for entry in indicators {
            let trend = entry.trend.map { " 傾向: " + $0.label } ?? ""
            out += "\n\(entry.initiative) ／ \(entry.indicator)" + (entry.unit.map { " [\($0)]" } ?? "") + trend + "\n"
            let rows = entry.years.map { year -> [String] in
                let target = Self.cell(year.targetDisplay ?? year.targetText)
                let actual = Self.cell(year.actualDisplay ?? year.actualText)
                let rate = year.achievement.flatMap { PlanNumber.percent($0, decimals: 1) } ?? "-"
                return [FiscalYear(year.fiscalYear).description, target, actual, rate]
            }
            let all = [["年度", "目標", "実績", "達成率"]] + rows
            let widths = (0..<4).map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
            for row in all {
                // Targets and results are texts now (`Ｒ３年度：67,000枚`): left-aligned; the rate is a figure.
                var line = "  " + DisplayWidth.padded(row[0], to: widths[0])
                for column in 1..<3 { line += "  " + DisplayWidth.padded(row[column], to: widths[column]) }
                line += "  " + DisplayWidth.leftPadded(row[3], to: widths[3])
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
            }
            for revision in entry.revisions { out += "  改定 " + revision.summary(unit: entry.unit) + "\n" }
        }
        return out
    }
}

extension History {
    /// A qualitative target or result on one line, cut to fit a table.
    private static func cell(_ text: String?) -> String {
        text.map { DisplayWidth.singleLine($0, limit: 30) } ?? "-"
    }
}

extension Trend {
    /// 改善 / 悪化 / 横ばい.
    public var label: String {
        switch self {
        case .improving: return "改善"
        case .worsening: return "悪化"
        case .flat: return "横ばい"
        }
    }
}

extension TargetRevision {
    /// `R3 20,000枚→67,000枚 (R3改定, 記載)`: the figures with the indicator's `unit`, as the report's 目標値の見直し shows them.
    public func summary(unit: String? = nil) -> String {
        let year = fiscalYear.map { FiscalYear($0).description } ?? "-"
        return "\(year) \(FigureText.figure(from, unit: unit))→\(FigureText.figure(to, unit: unit))"
            + " (\(version)\(recordedInText ? ", 記載" : ""))"
    }

    var orderedJSON: OrderedJSON {
        .object([
            ("fiscalYear", .number(fiscalYear.map(Double.init))), ("from", .number(from)),
            ("to", .number(to)), ("version", .string(version)), ("recordedInText", .bool(recordedInText)),
        ])
    }
}

extension IndicatorHistory {
    var orderedJSON: OrderedJSON {
        .object([
            ("initiative", .string(initiative)), ("department", .string(department)),
            ("indicator", .string(indicator)), ("unit", .string(unit)),
            ("direction", .string(direction.rawValue)),
            (
                "years",
                .array(
                    years.map { year in
                        .object([
                            ("fiscalYear", .number(Double(year.fiscalYear))),
                            ("target", .number(year.target)),
                            ("targetText", .string(year.targetText)),
                            ("actual", .number(year.actual)),
                            ("actualText", .string(year.actualText)),
                            ("achievement", .number(year.achievement)),
                        ])
                    })
            ),
            ("revisions", .array(revisions.map(\.orderedJSON))),
            ("trend", .string(trend?.rawValue)),
        ])
    }
}
