/// The key under which names and titles are compared between files and versions:
/// NFKC-normalized, with white space removed and every hyphen or dash written `-`.
///
/// Departments write the same indicator as `ＡＩ－ＯＣＲ利用枚数` in one file and
/// `ＡＩ-ＯＣＲ 利用枚数` in the next; both have the key `AI-OCR利用枚数`. The katakana
/// prolonged sound mark `ー` is a letter, not a dash, and is kept.
public struct MatchingKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalized text.
    public let rawValue: String

    /// Makes the key of `text`.
    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in NormalizedText(text).scalars {
            if TextScan.isWhitespace(scalar) || Self.isInvisible(scalar) { continue }
            scalars.append(Self.isDash(scalar) ? "-" : scalar)
        }
        rawValue = TextScan.string(scalars, 0..<scalars.count) ?? ""
    }

    /// Whether two texts name the same thing.
    public static func matches(_ lhs: String, _ rhs: String) -> Bool {
        MatchingKey(lhs) == MatchingKey(rhs)
    }

    /// Whether `other` names the indicator called `name`: equal keys, or `other` equal to the
    /// first part of a two-line name (`ＡＩの活用等による財務相談の促進　ヘルプデスクＡＩの応答可能質問数`
    /// named by its heading `ＡＩの活用等による財務相談の促進`).
    public static func namesIndicator(_ other: String, called name: String) -> Bool {
        let key = MatchingKey(other)
        guard !key.isEmpty else { return false }
        if MatchingKey(name) == key { return true }
        let heading = name.split(separator: "\u{3000}").first.map(String.init) ?? name
        return MatchingKey(heading) == key
    }

    /// Whether the key is empty (the text was blank).
    public var isEmpty: Bool { rawValue.isEmpty }

    /// Whether this key contains `other` (e.g. a long indicator name and its short form).
    public func contains(_ other: MatchingKey) -> Bool {
        !other.rawValue.isEmpty && rawValue.contains(other.rawValue)
    }

    /// The normalized text.
    public var description: String { rawValue }

    /// Orders keys by their normalized text.
    public static func < (lhs: MatchingKey, rhs: MatchingKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hyphen, minus and dash variants (after NFKC, which already maps `－` to `-`).
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010...0x2015, 0x2043, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }

    /// Zero-width characters that copy-paste leaves in cells.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }
}
