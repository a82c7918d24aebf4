/// A Japanese fiscal year (年度, April to March), stored as its Gregorian starting year:
/// Ｒ２年度, R2, 令和2年度, 2020年度 and FY2020 are all `FiscalYear(2020)`.
public struct FiscalYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The calendar year in which the fiscal year starts (2020 for Ｒ２年度).
    public var startYear: Int

    /// The fiscal year starting in April of `startYear`.
    public init(_ startYear: Int) {
        self.startYear = startYear
    }

    /// Reads a fiscal-year label: Ｒ２年度, R2年度, R2, 令和2年度, 令和２年度, 令和元年度,
    /// R元年度, Ｈ３０年度, 平成30年度, 2020年度, FY2020 (full-width or not, white space
    /// around ignored). Returns nil when the whole text is not one label.
    public init?(_ text: String) {
        let scalars = NormalizedText(text).scalars
        let (start, end) = TextScan.trim(scalars, 0..<scalars.count)
        guard let label = FiscalYearLabel.match(scalars, at: start), label.end == end, !label.isBaseline else {
            return nil
        }
        self = label.year
    }

    /// How to print a fiscal year.
    public enum Style: Sendable, Hashable, CaseIterable {
        /// `R2`: the era's letter and the year in the era (元年 printed as 1).
        case eraLetter
        /// `令和2年度`; the first year of an era is printed 元 (`令和元年度`).
        case japanese
        /// `2020`.
        case gregorian
    }

    /// The era the fiscal year is named in (nil before Meiji).
    public var era: Era? { Era.containing(startYear) }

    /// The year within its era (1 for 元年), or nil before Meiji.
    public var yearOfEra: Int? { era.map { startYear - $0.firstYear + 1 } }

    /// The fiscal year printed in `style`.
    public func formatted(_ style: Style) -> String {
        guard style != .gregorian, let era, let yearOfEra else { return String(startYear) }
        switch style {
        case .eraLetter: return "\(era.letter)\(yearOfEra)"
        case .japanese: return "\(era.kanjiName)\(yearOfEra == 1 ? "元" : String(yearOfEra))年度"
        case .gregorian: return String(startYear)
        }
    }

    /// `R2`.
    public var description: String { formatted(.eraLetter) }

    /// Orders fiscal years in time.
    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.startYear < rhs.startYear }

    /// Decodes the plain number of the plan JSON (`2020`).
    public init(from decoder: any Decoder) throws {
        startYear = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Encodes as the plain number of the plan JSON (`2020`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(startYear)
    }
}
