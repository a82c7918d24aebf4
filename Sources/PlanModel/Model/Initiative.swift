/// One initiative (取組) of the plan, with its indicators and its progress.
public struct Initiative: Sendable, Hashable, Codable {
    /// The plan's own number for it, e.g. `1-1`, when the submission gives one.
    public var id: String?
    /// The direction (方向性) it belongs to.
    public var section: String?
    /// The initiative's title (取組項目), kept as written.
    public var title: String
    /// The department responsible (所管).
    public var department: String?
    /// Self-assessed progress, or nil when none was given.
    public var status: Status?
    /// The cause of a delay (【遅れが生じている要因】).
    public var delayReason: String?
    /// What the department will do next (今後の取組等).
    public var nextSteps: String?
    /// The indicators (目標) with their targets and results.
    public var indicators: [Indicator]
    /// Where the initiative was read from.
    public var source: SourceLocation?

    /// Makes an initiative.
    public init(
        id: String? = nil, section: String? = nil, title: String, department: String? = nil,
        status: Status? = nil, delayReason: String? = nil, nextSteps: String? = nil,
        indicators: [Indicator] = [], source: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.title = title
        self.department = department
        self.status = status
        self.delayReason = delayReason
        self.nextSteps = nextSteps
        self.indicators = indicators
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, section, title, department, status, delayReason, nextSteps, indicators, source
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        title = try c.decode(String.self, forKey: .title)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        status = try c.decodeIfPresent(Status.self, forKey: .status)
        delayReason = try c.decodeIfPresent(String.self, forKey: .delayReason)
        nextSteps = try c.decodeIfPresent(String.self, forKey: .nextSteps)
        indicators = try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? []
        source = try c.decodeIfPresent(SourceLocation.self, forKey: .source)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(section, forKey: .section)
        try c.encode(title, forKey: .title)
        try c.encode(department, forKey: .department)
        try c.encode(status, forKey: .status)
        try c.encode(delayReason, forKey: .delayReason)
        try c.encode(nextSteps, forKey: .nextSteps)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(source, forKey: .source)
    }
}
