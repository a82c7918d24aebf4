/// What the target and result cells of one initiative say: its indicators with their
/// targets and results, and the cause of delay written in the result cell.
public struct IndicatorReading: Sendable, Hashable {
    /// The indicators, in the order of the target cell; results without a target follow.
    public var indicators: [Indicator]
    /// The text after `【遅れが生じている要因】` in the result cell.
    public var delayReason: String?

    /// Makes a reading.
    public init(indicators: [Indicator] = [], delayReason: String? = nil) {
        self.indicators = indicators
        self.delayReason = delayReason
    }
}
