/// A result (実績) of an indicator for one fiscal year.
public struct Actual: Sendable, Hashable, Codable {
    /// The fiscal year, by its starting calendar year; nil when neither the text nor the column names one.
    public var fiscalYear: Int?
    /// The result in the indicator's unit, or nil when the text gives no figure.
    public var value: Double?
    /// Whether the text said 約 / およそ / 概ね.
    public var approximate: Bool
    /// The cell text it was read from, kept whole.
    public var text: String

    /// Makes a result.
    public init(fiscalYear: Int?, value: Double?, approximate: Bool = false, text: String) {
        self.fiscalYear = fiscalYear
        self.value = value
        self.approximate = approximate
        self.text = text
    }

    enum CodingKeys: String, CodingKey { case fiscalYear, value, approximate, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fiscalYear = try c.decodeIfPresent(Int.self, forKey: .fiscalYear)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        approximate = try c.decodeIfPresent(Bool.self, forKey: .approximate) ?? false
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(value, forKey: .value)
        try c.encode(approximate, forKey: .approximate)
        try c.encode(text, forKey: .text)
    }
}
