/// An indicator (指標) of an initiative, e.g. ＡＩ-ＯＣＲ 利用枚数, with its targets and results per fiscal year.
public struct Indicator: Sendable, Hashable, Codable {
    /// The indicator's name, kept as written.
    public var name: String
    /// The unit (枚, 件, %, 業務 …), or nil when the figures have none.
    public var unit: String?
    /// Whether figures count per year, cumulatively, or neither.
    public var period: Period?
    /// Whether the indicator aims up (most) or down (コピー使用量 削減).
    public var direction: Direction
    /// Targets, one per fiscal year (a qualitative target has no value).
    public var targets: [Target]
    /// Results, one per fiscal year.
    public var actuals: [Actual]

    /// Makes an indicator.
    public init(
        name: String, unit: String? = nil, period: Period? = nil, direction: Direction = .increase,
        targets: [Target] = [], actuals: [Actual] = []
    ) {
        self.name = name
        self.unit = unit
        self.period = period
        self.direction = direction
        self.targets = targets
        self.actuals = actuals
    }

    enum CodingKeys: String, CodingKey { case name, unit, period, direction, targets, actuals }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        period = try c.decodeIfPresent(Period.self, forKey: .period)
        direction = try c.decodeIfPresent(Direction.self, forKey: .direction) ?? .increase
        targets = try c.decodeIfPresent([Target].self, forKey: .targets) ?? []
        actuals = try c.decodeIfPresent([Actual].self, forKey: .actuals) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(unit, forKey: .unit)
        try c.encode(period, forKey: .period)
        try c.encode(direction, forKey: .direction)
        try c.encode(targets, forKey: .targets)
        try c.encode(actuals, forKey: .actuals)
    }
}

/// How an indicator's figures accumulate.
public enum Period: String, Sendable, Hashable, Codable, CaseIterable {
    /// ／年: a figure per fiscal year.
    case perYear
    /// ／累計: a running total.
    case cumulative
    /// ／月: a figure per month.
    case perMonth
}

/// Whether an indicator improves by going up or down.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// More is better (the default).
    case increase
    /// Less is better: 削減, 減.
    case decrease
}
