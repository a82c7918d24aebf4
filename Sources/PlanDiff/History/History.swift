import PlanModel

/// The cross-year view of one plan or several versions in order: per indicator, the
/// target and result of each fiscal year with the achievement rate, the trend of the
/// results, and every revision of a target (written in a version's own text, `２万→6.7万`,
/// or seen between two versions).
public struct History: Sendable, Hashable {
    /// The schema tag of the history JSON.
    public static let schema = "plansheet.history/1"

    /// The version labels, oldest first.
    public var versions: [String]
    /// One entry per indicator, in order of first appearance.
    public var indicators: [IndicatorHistory]

    /// Makes a history.
    public init(versions: [String], indicators: [IndicatorHistory]) {
        self.versions = versions
        self.indicators = indicators
    }

    /// The history of `plans`, oldest first. Initiatives and indicators are followed
    /// from version to version as ``PlanDiff/compare(_:_:options:)`` pairs them.
    public init(_ plans: [Plan], options: DiffOptions = DiffOptions()) {
        let labels = plans.enumerated().map { $1.version ?? "v\($0 + 1)" }
        var builder = HistoryBuilder(versionCount: plans.count, options: options)
        for (index, plan) in plans.enumerated() { builder.add(plan, at: index) }
        self.init(versions: labels, indicators: builder.tracks.map { $0.history(labels: labels) })
    }
}

/// One indicator followed across fiscal years and versions.
public struct IndicatorHistory: Sendable, Hashable {
    /// The initiative's title (latest version).
    public var initiative: String
    /// The initiative's department (latest version).
    public var department: String?
    /// The indicator's name (latest version).
    public var indicator: String
    /// The unit.
    public var unit: String?
    /// Up or down.
    public var direction: Direction
    /// Target and result per fiscal year, ascending.
    public var years: [YearRecord]
    /// Every revision of a target, in the order the versions record them.
    public var revisions: [TargetRevision]
    /// Whether the results improve, worsen or hold (nil with fewer than two results).
    public var trend: Trend?
}

/// The target and result of one fiscal year.
public struct YearRecord: Sendable, Hashable {
    /// The fiscal year, by its starting calendar year.
    public var fiscalYear: Int
    /// The target in force (from the latest version that sets one), or nil.
    public var target: Double?
    /// The target's text as written.
    public var targetText: String?
    /// The result (from the latest version that reports one), or nil.
    public var actual: Double?
    /// The result's text as written.
    public var actualText: String?
    /// The achievement rate (PlanModel's `Indicator.achievementRate(in:)`, three decimals), or nil.
    public var achievement: Double?
    /// The target as a person reads it: the department's text as written, or a bare figure as
    /// the seed writes it (`Ｒ３年度：67,000枚／年`, PlanModel's `FigureText`); nil without a target.
    public var targetDisplay: String?
    /// The result as a person reads it (`約62,000枚／年`); nil without a result.
    public var actualDisplay: String?

    /// Makes a record; the display texts default to none.
    public init(
        fiscalYear: Int, target: Double?, targetText: String?, actual: Double?, actualText: String?,
        achievement: Double?, targetDisplay: String? = nil, actualDisplay: String? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.target = target
        self.targetText = targetText
        self.actual = actual
        self.actualText = actualText
        self.achievement = achievement
        self.targetDisplay = targetDisplay
        self.actualDisplay = actualDisplay
    }
}

/// A change of a fiscal year's target.
public struct TargetRevision: Sendable, Hashable {
    /// The fiscal year whose target changed.
    public var fiscalYear: Int?
    /// The target before.
    public var from: Double
    /// The target after.
    public var to: Double
    /// The version that has the new target.
    public var version: String
    /// Whether the version's own text records it (`２万→6.7万`) or only comparing versions shows it.
    public var recordedInText: Bool
}

/// Where results are heading, judged by the indicator's direction.
public enum Trend: String, Sendable, Hashable, Codable {
    /// Better than the year before.
    case improving
    /// Worse than the year before.
    case worsening
    /// The same as the year before.
    case flat
}
