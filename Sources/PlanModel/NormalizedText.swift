import Foundation

/// Text after Unicode NFKC normalization, as an array of scalars that remembers, for each
/// scalar, where it came from in the original text.
///
/// Parsing works on the normalized scalars (full-width digits, letters, ／, ：, ％ and －
/// become ASCII), while names and notes are cut from the original text so that they are
/// kept as written. NFKC through Foundation costs microseconds per cell; almost every
/// character of a Japanese plan (kana, kanji, ASCII, full-width ASCII) is mapped here by
/// a table-free fast path, and only the rare other characters go through Foundation.
struct NormalizedText: Sendable {
    /// The normalized scalars.
    let scalars: [Unicode.Scalar]
    /// For each normalized scalar, the index of the original scalar it came from.
    let origins: [Int]
    /// The original text's scalars.
    let original: [Unicode.Scalar]

    /// Normalizes `text`.
    init(_ text: String) {
        let original = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var index = 0
        while index < original.count {
            if let mapped = Self.fastMapping(of: original[index]),
               index + 1 == original.count || !Self.isCombining(original[index + 1]) {
                scalars.append(mapped)
                origins.append(index)
                index += 1
                continue
            }
            // Slow path: normalize this scalar together with the combining marks after it,
            // the unit NFKC can compose.
            var end = index + 1
            while end < original.count, Self.isCombining(original[end]) { end += 1 }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: original[index..<end])
            for scalar in String(piece).precomposedStringWithCompatibilityMapping.unicodeScalars {
                scalars.append(scalar)
                origins.append(index)
            }
            index = end
        }
        self.scalars = scalars
        self.origins = origins
        self.original = original
    }

    /// The normalized text as a string.
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The original text behind the normalized scalars `range`, as written.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = origins[range.lowerBound]
        let end = range.upperBound < origins.count ? origins[range.upperBound] : original.count
        var view = String.UnicodeScalarView()
        if start < end { view.append(contentsOf: original[start..<end]) }
        return String(view)
    }

    /// NFKC of `text`, through the fast path where possible.
    static func nfkc(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let mapped = fastMapping(of: scalar), !isCombining(scalar) else {
                return text.precomposedStringWithCompatibilityMapping
            }
            view.append(mapped)
        }
        return String(view)
    }

    /// The NFKC image of a scalar that normalizes to exactly one scalar independently of
    /// its neighbours, or nil when Foundation must decide.
    @inline(__always)
    static func fastMapping(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x00...0x7F:
            return scalar
        case 0xFF01...0xFF5E:
            // Full-width ASCII maps to ASCII by a constant offset.
            return Unicode.Scalar(value - 0xFEE0)
        case 0x3000:
            return " "
        case 0x3001...0x3035, 0x3037, 0x303B...0x303F,
             0x3041...0x3096, 0x309D, 0x309E,
             0x30A1...0x30FE,
             0x4E00...0x9FFF, 0x3400...0x4DBF,
             0x2010, 0x2013...0x2015, 0x2018...0x201D, 0x2020...0x2022, 0x203B,
             0x2190...0x21FF, 0x2212, 0x25A0...0x25FF, 0x2600...0x26FF:
            return scalar
        default:
            return nil
        }
    }

    /// Whether the scalar may compose with the one before it under NFKC.
    @inline(__always)
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        if (0x3099...0x309A).contains(value) { return true }
        return scalar.properties.canonicalCombiningClass != .notReordered
            || (0x1160...0x11FF).contains(value) // Hangul vowels and finals compose without a class.
    }
}
