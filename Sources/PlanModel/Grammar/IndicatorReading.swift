/// What the target, result and revision texts of one initiative say: its indicators with their
/// targets and results, the cause of delay written in the result cell, and which text each
/// indicator and target came from (so that an importer can name the cell).
public struct IndicatorReading: Sendable, Hashable {
    /// The indicators, in the order of the target text; results without a target follow, then
    /// indicators only the revisions name.
    public var indicators: [Indicator]
    /// The text after `【遅れが生じている要因】` in the result cell.
    public var delayReason: String?
    /// For each indicator (same order), the texts it was read from.
    public var origins: [Origin]

    /// The three texts a free-text initiative is read from.
    public enum Part: Sendable, Hashable {
        /// The target cell (目標).
        case target
        /// The result cell (実績).
        case result
        /// The revisions written in the next-steps cell (今後の取組等).
        case revisions
    }

    /// Where one indicator was read from.
    public struct Origin: Sendable, Hashable {
        /// The text that first named the indicator.
        public var namedIn: Part
        /// The text each target came from, by fiscal year.
        public var targets: [Int?: Part]
        /// Whether the result text was read for this indicator (its result cell, filled or not).
        public var hasResultText: Bool

        /// Makes an origin.
        public init(namedIn: Part, targets: [Int?: Part] = [:], hasResultText: Bool = false) {
            self.namedIn = namedIn
            self.targets = targets
            self.hasResultText = hasResultText
        }
    }

    /// Makes a reading.
    public init(indicators: [Indicator] = [], delayReason: String? = nil, origins: [Origin] = []) {
        self.indicators = indicators
        self.delayReason = delayReason
        self.origins = origins
    }
}
