import Foundation
import PlanModel

/// Checks imported submissions for what the reform office sends back to a department:
/// targets that do not read, past years without a result, 順調 with figures behind target,
/// 遅れ without a cause, initiatives with no indicator (and, from the import, unknown columns).
public struct PlanValidator: Sendable {
    /// The latest fiscal year that counts as past; by default the latest year any result is given for.
    public var reportYear: Int?

    /// Makes a validator.
    public init(reportYear: Int? = nil) {
        self.reportYear = reportYear
    }

    /// Every problem of an import, in file and row order: the import's own issues first, then the checks.
    public func validate(_ result: PlanImporter.Result) -> [PlanIssue] {
        let year = reportYear ?? result.plan.initiatives.flatMap { $0.indicators.flatMap { $0.actuals.compactMap(\.fiscalYear) } }.max()
        var issues = result.issues
        for imported in result.initiatives {
            issues += check(imported, reportYear: year)
        }
        return issues
    }

    /// The problems of one initiative.
    public func check(_ imported: ImportedInitiative, reportYear: Int?) -> [PlanIssue] {
        let initiative = imported.initiative
        let cells = imported.cells
        let file = initiative.source?.file ?? ""
        func at(_ cell: String?) -> SourceLocation { SourceLocation(file: file, sheet: cells.sheet, cell: cell ?? cells.title) }
        var issues: [PlanIssue] = []
        let title = initiative.title

        if initiative.indicators.isEmpty {
            issues.append(
                PlanIssue(
                    .error, .noIndicator, at: at(cells.title),
                    ja: "取組「\(title)」に指標（目標）がありません", en: "initiative \"\(title)\" has no indicator"))
        }
        for (index, indicator) in initiative.indicators.enumerated() {
            for target in indicator.targets where target.value == nil && Self.hasDigits(target.text) {
                issues.append(
                    PlanIssue(
                        .error, .unparsableTarget,
                        at: at(cells.targets[IndicatorYear(indicator: index, fiscalYear: target.fiscalYear)]),
                        ja: "目標「\(target.text)」を数値として読めません（\(indicator.name)）",
                        en: "target \"\(target.text)\" does not read as a figure (\(indicator.name))"))
            }
            if let reportYear {
                let resultYears = Set(indicator.actuals.compactMap(\.fiscalYear))
                for target in indicator.targets {
                    guard let year = target.fiscalYear, year <= reportYear, !resultYears.contains(year) else { continue }
                    let label = FiscalYear(year).formatted(.japanese)
                    issues.append(
                        PlanIssue(
                            .error, .missingResult,
                            at: at(
                                cells.actuals[IndicatorYear(indicator: index, fiscalYear: year)]
                                    ?? cells.actuals[IndicatorYear(indicator: index, fiscalYear: nil)]),
                            ja: "\(label)の実績がありません（\(indicator.name)）",
                            en: "no result for FY\(year), a past year (\(indicator.name))"))
                }
            }
        }
        // PlanModel decides what contradicts 順調; the message quotes the cells as written.
        for finding in initiative.statusInconsistencies {
            let indicator = initiative.indicators.first { $0.name == finding.indicator }
            let target = indicator?.target(for: finding.fiscalYear)?.text ?? ""
            let actual = indicator?.actual(for: finding.fiscalYear)?.text ?? ""
            issues.append(
                PlanIssue(
                    .error, .onTrackButBehind, at: at(cells.status),
                    ja: "進捗は「順調」ですが、\(finding.indicator)の実績 \(actual) が目標 \(target) に届いていません",
                    en: "status is 順調 (on track) but \(finding.indicator) is behind: result \(actual) against target \(target)"))
        }
        if initiative.status == .delayed && initiative.delayReason == nil {
            issues.append(
                PlanIssue(
                    .error, .delayWithoutReason, at: at(cells.delayReason ?? cells.status),
                    ja: "進捗は「遅れ」ですが、遅れの要因がありません", en: "status is 遅れ (delayed) but no cause is given"))
        }
        return issues
    }

    /// Whether a text holds a digit outside its fiscal-year labels (`Ｒ３年度：` is not a figure):
    /// a target with figures in it is meant to be read as one.
    static func hasDigits(_ text: String) -> Bool {
        let normalized = text.precomposedStringWithCompatibilityMapping
        let withoutYears = normalized.replacing(#/(令和|平成|R|H|FY)?(\d{1,4}|元)年度/#, with: "")
        return withoutYears.unicodeScalars.contains { ("0"..."9").contains($0) }
    }
}
