extension FiscalYear {
    /// The name the published reports print, digits and era letter full-width:
    /// Ｒ２年度, Ｒ元年度, Ｈ３０年度 (years outside the eras: ２０２０年度).
    public var printedShortName: String {
        guard let era, let yearOfEra else { return "\(Self.fullWidth(startYear))年度" }
        return "\(Self.fullWidthLetter(era.letter))\(Self.eraYear(yearOfEra))年度"
    }

    /// The long name the published reports print: 令和２年度, 令和元年度, 平成３０年度.
    public var printedLongName: String {
        guard let era, let yearOfEra else { return "\(Self.fullWidth(startYear))年度" }
        return "\(era.kanjiName)\(Self.eraYear(yearOfEra))年度"
    }

    /// 62 → ６２: the published reports write counts and years in full-width digits.
    public static func fullWidth(_ number: Int) -> String {
        String(
            String.UnicodeScalarView(
                String(number).unicodeScalars.map { scalar in
                    guard ("0"..."9").contains(scalar), let wide = Unicode.Scalar(scalar.value + 0xFEE0) else { return scalar }
                    return wide
                }))
    }

    private static func eraYear(_ number: Int) -> String {
        number == 1 ? "元" : fullWidth(number)
    }

    /// R → Ｒ: the published reports write the era letter full-width too.
    private static func fullWidthLetter(_ letter: Character) -> String {
        guard let scalar = letter.unicodeScalars.first, scalar.isASCII,
            let wide = Unicode.Scalar(scalar.value + 0xFEE0)
        else { return String(letter) }
        return String(Character(wide))
    }
}
