/// A target (目標) of an indicator for one fiscal year.
public struct Target: Sendable, Hashable, Codable {
    /// The fiscal year, by its starting calendar year (2020 for Ｒ２年度); nil when the text names none.
    public var fiscalYear: Int?
    /// The target value in the indicator's unit, or nil for a qualitative target.
    public var value: Double?
    /// How the value is to be met.
    public var comparator: Comparator?
    /// Whether the text said 約 / およそ / 概ね.
    public var approximate: Bool
    /// The value the target had before a revision written in the same text (`２万→6.7万`).
    public var revisedFrom: Double?
    /// The cell text it was read from, kept whole.
    public var text: String

    /// Makes a target.
    public init(
        fiscalYear: Int?, value: Double?, comparator: Comparator? = nil, approximate: Bool = false,
        revisedFrom: Double? = nil, text: String
    ) {
        self.fiscalYear = fiscalYear
        self.value = value
        self.comparator = comparator
        self.approximate = approximate
        self.revisedFrom = revisedFrom
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case fiscalYear, value, comparator, approximate, revisedFrom, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fiscalYear = try c.decodeIfPresent(Int.self, forKey: .fiscalYear)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        comparator = try c.decodeIfPresent(Comparator.self, forKey: .comparator)
        approximate = try c.decodeIfPresent(Bool.self, forKey: .approximate) ?? false
        revisedFrom = try c.decodeIfPresent(Double.self, forKey: .revisedFrom)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(value, forKey: .value)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(approximate, forKey: .approximate)
        try c.encode(revisedFrom, forKey: .revisedFrom)
        try c.encode(text, forKey: .text)
    }
}

/// How a target value is to be met.
public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
    /// 以上: at least the value (the reading of a bare number on an increase indicator).
    case atLeast
    /// 以下: at most the value.
    case atMost
    /// Exactly the value.
    case exactly
    /// 超: more than the value.
    case above
    /// 未満: less than the value.
    case below
}
