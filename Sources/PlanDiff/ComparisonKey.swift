import Foundation

/// The form in which two versions' titles and names are compared: NFKC
/// (full-width letters and digits become half-width), white space removed, and
/// every dash variant written as `-`, so `ＡＩ－ＯＣＲ 利用枚数` and
/// `AI-OCR利用枚数` are the same key.
///
/// Titles are kept as written in the plans; only comparisons use this form.
enum ComparisonKey {
    /// The comparison form of `text`.
    static func of(_ text: String) -> String {
        // NFKC through Foundation costs far more than the scan below; most Japanese
        // titles are kana and kanji that NFKC leaves alone, so skip it for them.
        let normalised = text.unicodeScalars.allSatisfy(isStableUnderNFKC)
            ? text : text.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for scalar in normalised.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            scalars.append(isDash(scalar) ? "-" : scalar)
        }
        return String(scalars)
    }

    /// Scalars NFKC maps to themselves and that never combine with a neighbour:
    /// printable ASCII, hiragana and katakana letters, the common CJK ideographs and punctuation.
    private static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E: return true
        case 0x3001...0x3003, 0x3005...0x3007, 0x3008...0x3011: return true
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE: return true
        case 0x4E00...0x9FFF: return true
        default: return false
        }
    }

    /// Hyphens, dashes and minus signs that writers use interchangeably (not the long-vowel mark ー).
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D, 0x2500, 0x2501: return true
        default: return false
        }
    }
}
