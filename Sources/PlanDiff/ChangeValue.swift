import PlanModel

/// The old or new side of a change: a figure (targets, results) or a text
/// (qualitative targets, units, statuses, sections). Encodes as a bare JSON number or string.
public enum ChangeValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A figure in the indicator's unit.
    case number(Double)
    /// A text.
    case text(String)

    /// The figure, if this is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The figure without a trailing `.0`, or the text.
    public var description: String {
        switch self {
        case .number(let value): return PlanNumber.plain(value)
        case .text(let text): return text
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let text): try container.encode(text)
        }
    }
}
