import PlanModel

/// One indicator of a report row: its name, the year's target and result texts, and how far the result reached.
public struct ReportIndicator: Sendable, Hashable {
    /// The indicator's name as written (ＡＩ-ＯＣＲ 利用枚数).
    public var name: String
    /// The targets shown in 目標（抄）: those of the reported year and those that name no year, as written.
    public var targetTexts: [String]
    /// The results of the reported year, as written.
    public var resultTexts: [String]
    /// The achievement rate (1.0 = target met), when both target and result have a value.
    public var achievement: Double?
    /// Whether the result misses the target (an at-least target not reached, an at-most target exceeded).
    public var isBehind: Bool

    /// Makes an indicator line.
    public init(
        name: String, targetTexts: [String], resultTexts: [String], achievement: Double? = nil,
        isBehind: Bool = false
    ) {
        self.name = name
        self.targetTexts = targetTexts
        self.resultTexts = resultTexts
        self.achievement = achievement
        self.isBehind = isBehind
    }

    /// The name with the report's bullet: ○ＲＰＡ 導入業務数; names already numbered (１ …) or bulleted keep theirs.
    public var bulletedName: String { Self.bulleted(name) }

    /// `name` with the report's ○, unless it already starts with a number or a bullet.
    static func bulleted(_ name: String) -> String {
        guard let first = name.unicodeScalars.first else { return name }
        let numbered = first.properties.numericType != nil
        let bulleted = "○●◎・※■□◆◇".unicodeScalars.contains(first)
        return numbered || bulleted ? name : "○" + name
    }

    /// 517%: the achievement rounded to a whole percent, or nil. Any rate a file can
    /// produce prints without trapping (a 1e-300 target met by 1e6 is `1e+306倍`).
    public var achievementLabel: String? {
        achievement.flatMap { PlanNumber.percent($0) }
    }
}
