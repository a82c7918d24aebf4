/// Settings of a comparison.
public struct DiffOptions: Sendable, Hashable {
    /// The lowest title similarity (character-bigram Dice, 0 … 1) at which an
    /// initiative or indicator with a different title still counts as renamed
    /// rather than removed and added.
    public var threshold: Double
    /// Whether results (実績) are compared too; off, only the plan itself is.
    public var comparesActuals: Bool

    /// The default threshold: 0.6 pairs 「ＡＩ等新技術の活用による業務効率化の推進」 with
    /// 「ＡＩ等の新技術を活用した業務効率化の推進」 but not two merely similar-sounding initiatives.
    public static let defaultThreshold = 0.6

    /// Makes settings.
    public init(threshold: Double = DiffOptions.defaultThreshold, comparesActuals: Bool = true) {
        self.threshold = threshold
        self.comparesActuals = comparesActuals
    }
}
