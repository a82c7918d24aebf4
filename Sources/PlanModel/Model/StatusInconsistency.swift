/// A self-assessment that the figures contradict: an initiative reported 順調 (on track)
/// while one of its indicators is behind its target.
public struct StatusInconsistency: Sendable, Hashable, CustomStringConvertible {
    /// The initiative's title.
    public var initiative: String
    /// The indicator that is behind.
    public var indicator: String
    /// The fiscal year compared.
    public var fiscalYear: Int
    /// The status the department reported.
    public var reportedStatus: Status
    /// The target figure.
    public var target: Double
    /// The result figure.
    public var actual: Double
    /// Where the initiative was read from.
    public var source: SourceLocation?

    /// Makes a finding.
    public init(
        initiative: String, indicator: String, fiscalYear: Int, reportedStatus: Status,
        target: Double, actual: Double, source: SourceLocation? = nil
    ) {
        self.initiative = initiative
        self.indicator = indicator
        self.fiscalYear = fiscalYear
        self.reportedStatus = reportedStatus
        self.target = target
        self.actual = actual
        self.source = source
    }

    /// `ＲＰＡ導入: 順調 but ＲＰＡ 導入業務数 is behind in R2 (45 of 50)`.
    public var description: String {
        "\(initiative): \(reportedStatus.japaneseLabel) but \(indicator) is behind in "
            + "\(FiscalYear(fiscalYear)) (\(Self.format(actual)) of \(Self.format(target)))"
    }

    private static func format(_ value: Double) -> String {
        PlanNumber.plain(value)
    }
}

extension Initiative {
    /// The indicators that contradict a 順調 status (none when the status is not on track).
    public var statusInconsistencies: [StatusInconsistency] {
        guard status == .onTrack else { return [] }
        return indicators.flatMap { indicator in
            indicator.behindYears.compactMap { year -> StatusInconsistency? in
                guard let target = indicator.target(for: year)?.value, let actual = indicator.actual(for: year)?.value
                else { return nil }
                return StatusInconsistency(
                    initiative: title, indicator: indicator.name, fiscalYear: year,
                    reportedStatus: .onTrack, target: target, actual: actual, source: source)
            }
        }
    }

    /// Whether any indicator's result misses its target.
    public var hasIndicatorBehind: Bool { indicators.contains { !$0.behindYears.isEmpty } }
}

extension Plan {
    /// Every initiative reported 順調 whose figures say otherwise, in plan order.
    public var statusInconsistencies: [StatusInconsistency] { initiatives.flatMap(\.statusInconsistencies) }
}
