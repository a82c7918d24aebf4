import PlanModel

/// The form in which two versions' titles and names are compared: PlanModel's
/// ``MatchingKey`` (NFKC, white space removed, dash variants unified), so that
/// `ＡＩ－ＯＣＲ 利用枚数` and `AI-OCR利用枚数` are the same name.
///
/// Titles are kept as written in the plans; only comparisons use this form.
enum ComparisonKey {
    /// The comparison form of `text`.
    static func of(_ text: String) -> String {
        // Most texts are kana, kanji and ASCII that the key leaves as they are; a scan
        // for them is far cheaper than normalising (a diff of 10,000 initiatives makes
        // hundreds of thousands of keys).
        var needsMapping = false
        for scalar in text.unicodeScalars where !isKeptAsIs(scalar) {
            guard (0xFF01...0xFF5E).contains(scalar.value) else { return MatchingKey(text).rawValue }
            needsMapping = true
        }
        guard needsMapping else { return text }
        // Full-width ASCII (ＲＰＡ, （）, －) is NFKC's plain ASCII, 0xFEE0 lower; － becomes
        // `-`, which is also what the key writes for every dash.
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                view.append(ascii)
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }

    /// Whether two texts are the same in comparison form.
    static func same(_ a: String, _ b: String) -> Bool {
        a == b || of(a) == of(b)
    }

    /// Whether two optional texts are the same in comparison form (nil only equals nil or blank).
    static func same(_ a: String?, _ b: String?) -> Bool {
        same(a ?? "", b ?? "")
    }

    /// Scalars that NFKC maps to themselves without regard to neighbours and that are
    /// neither white space nor a dash: printable ASCII but `-`, CJK punctuation and
    /// brackets, hiragana and katakana letters, ・ and ー, the unified ideographs.
    private static func isKeptAsIs(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2C, 0x2E...0x7E: return true
        case 0x3001...0x3003, 0x3005...0x3011: return true
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FB...0x30FE: return true
        case 0x4E00...0x9FFF: return true
        default: return false
        }
    }
}
