/// A Japanese era (元号) from Meiji to Reiwa, as used to name fiscal years (令和2年度 = Ｒ２年度).
public enum Era: String, Sendable, Hashable, Codable, CaseIterable {
    /// 明治, from 1868.
    case meiji
    /// 大正, from 1912.
    case taisho
    /// 昭和, from 1926.
    case showa
    /// 平成, from 1989.
    case heisei
    /// 令和, from 2019.
    case reiwa

    /// The Gregorian year of the era's first year (元年).
    public var firstYear: Int {
        switch self {
        case .meiji: 1868
        case .taisho: 1912
        case .showa: 1926
        case .heisei: 1989
        case .reiwa: 2019
        }
    }

    /// The era's name in kanji, e.g. 令和.
    public var kanjiName: String {
        switch self {
        case .meiji: "明治"
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The one-letter abbreviation, e.g. R for Reiwa.
    public var letter: Character {
        switch self {
        case .meiji: "M"
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    /// The era in which a fiscal year starting in `gregorianYear` is named: the latest era
    /// begun by that calendar year, so FY2019 is 令和元年度 and FY1989 is 平成元年度, as
    /// Japanese administrations write them. Nil before Meiji.
    public static func containing(_ gregorianYear: Int) -> Era? {
        allCases.last { $0.firstYear <= gregorianYear }
    }

    /// The era whose one-letter abbreviation is `letter` (upper or lower case).
    public init?(letter: Unicode.Scalar) {
        switch letter {
        case "M", "m": self = .meiji
        case "T", "t": self = .taisho
        case "S", "s": self = .showa
        case "H", "h": self = .heisei
        case "R", "r": self = .reiwa
        default: return nil
        }
    }

    /// The era whose kanji name starts with the two scalars given (令和, 平成, 昭和, 大正, 明治).
    init?(kanji first: Unicode.Scalar, _ second: Unicode.Scalar) {
        switch (first, second) {
        case ("明", "治"): self = .meiji
        case ("大", "正"): self = .taisho
        case ("昭", "和"): self = .showa
        case ("平", "成"): self = .heisei
        case ("令", "和"): self = .reiwa
        default: return nil
        }
    }
}
